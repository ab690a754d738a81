// `stafflab sim`: run and validate simulation scenarios from YAML or JSON files. The engine
// (src/sim) is pure; this shell reads the file, maps issue paths to lines, prints, and sets
// the exit code: 1 for an invalid scenario or a failed run, 2 for bad usage. main.ts declares
// the commands and loads this module only when one of them runs.
import { readFileSync } from 'node:fs';
import { formatIssue, formatPath, parseYaml } from '../../curriculum/source.js';
import { runScenario, validateScenario, type Scenario, type SimResult } from '../../sim/index.js';
import { table } from './sim-table.js';

/** `stafflab sim validate FILE`. */
export function validateSimCommand(file: string): void {
  const scenario = load(file);
  if (scenario) process.stdout.write(`${file}: valid scenario "${scenario.name}".\n`);
}

function usage(message: string): void {
  process.stderr.write(`stafflab sim: ${message}\n`);
  process.exitCode = 2;
}

/** Reads, parses and validates; prints the issues and returns undefined when it fails. */
function load(file: string): Scenario | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    usage(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code ?? 'error'})`);
    return undefined;
  }
  // YAML is a superset of JSON, so one parser reads both and knows every line.
  const parsed = parseYaml(text, file);
  if (parsed.issues.length > 0) {
    for (const issue of parsed.issues) process.stderr.write(`${formatIssue(issue)}\n`);
    process.exitCode = 1;
    return undefined;
  }
  const result = validateScenario(parsed.value);
  if (!result.ok) {
    for (const issue of result.issues) {
      const line = parsed.lineOf(issue.path);
      const path = formatPath(issue.path);
      process.stderr.write(
        `${formatIssue({ file, ...(line === undefined ? {} : { line }), ...(path ? { path } : {}), message: issue.message })}\n`,
      );
    }
    process.stderr.write(
      `${file}: ${result.issues.length} problem(s); see docs/scenario-reference.md\n`,
    );
    process.exitCode = 1;
    return undefined;
  }
  return result.scenario;
}

/** `stafflab sim run FILE [--seed N] [--json]`. */
export function runSimCommand(file: string, options: { seed?: string; json?: boolean }): void {
  let seed: number | undefined;
  if (options.seed !== undefined) {
    seed = Number(options.seed);
    if (!/^\d+$/.test(options.seed) || !Number.isSafeInteger(seed) || seed > 4_294_967_295) {
      usage(`--seed must be a whole number from 0 to 4294967295, not "${options.seed}"`);
      return;
    }
  }
  const scenario = load(file);
  if (!scenario) return;
  const progress = progressBar();
  let result: SimResult;
  try {
    result = runScenario(scenario, {
      ...(seed === undefined ? {} : { seed }),
      onProgress: progress.update,
    });
  } catch (error) {
    progress.clear();
    process.stderr.write(`stafflab sim: the run failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  progress.clear();
  process.stdout.write(
    options.json ? `${JSON.stringify(result, null, 2)}\n` : `${table(result)}\n`,
  );
}

/** A progress bar on stderr, only on a terminal and only once a run has taken a while. */
function progressBar(): { update: (p: { fraction: number }) => void; clear: () => void } {
  const started = Date.now();
  let drawn = false;
  let lastPercent = -1;
  return {
    update: ({ fraction }) => {
      if (!process.stderr.isTTY || Date.now() - started < 300) return;
      const percent = Math.floor(fraction * 100);
      if (percent === lastPercent) return;
      lastPercent = percent;
      const width = 30;
      const filled = Math.round(fraction * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${percent}%`);
      drawn = true;
    },
    clear: () => {
      if (drawn) process.stderr.write('\r\x1b[K');
    },
  };
}
