// `stafflab sim`: run and validate simulation scenarios from YAML or JSON files. The engine
// (src/sim) is pure; this shell reads the file, maps issue paths to lines, prints, and sets
// the exit code: 1 for an invalid scenario or a failed run, 2 for bad usage. main.ts declares
// the commands and loads this module only when one of them runs.
import { readFileSync } from 'node:fs';
import { formatIssue, formatPath, parseYaml } from '../../curriculum/source.js';
import {
  MAX_TRACES,
  runScenario,
  validateScenario,
  type LatencySummary,
  type Scenario,
  type SimResult,
} from '../../sim/index.js';

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

function time(seconds: number | null): string {
  if (seconds === null) return '-';
  if (seconds >= 1) return `${seconds.toFixed(2)}s`;
  if (seconds >= 0.001) return `${(seconds * 1000).toFixed(1)}ms`;
  return `${(seconds * 1e6).toFixed(0)}us`;
}

function ratio(x: number | null): string {
  return x === null ? '-' : x.toFixed(2);
}

function grid(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

const latencyCells = (l: LatencySummary): string[] => [
  time(l.p50),
  time(l.p90),
  time(l.p99),
  time(l.max),
];

export function table(result: SimResult): string {
  const services = Object.entries(result.summary.services).map(([name, s]) => [
    name,
    String(s.arrivals),
    String(s.successes),
    String(s.errors),
    ratio(s.utilization),
    ratio(s.inFlight),
    time(s.queueWait.mean),
    ...latencyCells(s.latency),
  ]);
  const clients = Object.entries(result.summary.clients).map(([name, c]) => [
    name,
    String(c.requests),
    String(c.succeeded),
    String(c.failed),
    String(c.attempts),
    ratio(c.amplification),
    ...latencyCells(c.latency),
  ]);
  const head = `${result.scenario}: seed ${result.seed}, ${result.duration} s simulated, summary after a ${result.warmup} s warm-up`;
  return [
    head,
    '',
    grid(
      [
        'service',
        'arrivals',
        'ok',
        'errors',
        'util',
        'inflight',
        'wait',
        'p50',
        'p90',
        'p99',
        'max',
      ],
      services,
    ),
    '',
    grid(
      ['client', 'requests', 'ok', 'failed', 'attempts', 'amplif.', 'p50', 'p90', 'p99', 'max'],
      clients,
    ),
    ...dataLines(result),
    ...traceLines(result),
  ].join('\n');
}

/** How many traces were kept and why (`--json` has the traces themselves). */
function traceLines(result: SimResult): string[] {
  const traces = result.traces;
  if (traces === undefined) return [];
  const count = (reason: 'error' | 'slowest' | 'sampled') =>
    traces.filter((t) => t.kept.includes(reason)).length;
  const dropped = result.tracesDropped ?? 0;
  return [
    '',
    `traces: ${traces.length} kept (${count('error')} errors, ${count('slowest')} slowest, ${count('sampled')} sampled; a trace may have several reasons)` +
      (dropped > 0
        ? `; ${dropped} more left out by the cap of ${MAX_TRACES.toLocaleString('en-US')} per run`
        : ''),
  ];
}

/**
 * One line per service with a cache, shards, replication or duplicate executions, so the
 * readable summary shows what the keyed features did (the JSON has every figure).
 */
function dataLines(result: SimResult): string[] {
  const lines: string[] = [];
  for (const [name, s] of Object.entries(result.summary.services)) {
    const parts: string[] = [];
    if (s.cache) {
      parts.push(
        `cache hit ratio ${ratio(s.cache.hitRatio)} (${s.cache.hits} hits, ${s.cache.misses} misses, ${s.cache.coalesced} coalesced)`,
      );
    }
    if (s.instanceArrivals && s.arrivals > 0) {
      const busiest = Math.max(...s.instanceArrivals);
      const share = busiest / s.instanceArrivals.reduce((sum, n) => sum + n, 0);
      parts.push(
        `busiest of ${s.instanceArrivals.length} shards takes ${(share * 100).toFixed(1)}% of arrivals`,
      );
    }
    if (s.replication) {
      parts.push(
        `${s.replication.staleReads} stale of ${s.replication.reads} reads (${s.replication.staleShare === null ? '-' : `${(s.replication.staleShare * 100).toFixed(2)}%`})`,
      );
    }
    if (s.duplicateExecutions > 0 || s.deduplicated > 0) {
      parts.push(`${s.duplicateExecutions} duplicate executions, ${s.deduplicated} deduplicated`);
    }
    if (parts.length > 0) lines.push(`${name}: ${parts.join('; ')}`);
  }
  return lines.length > 0 ? ['', ...lines] : [];
}
