// `stafflab lab list|check|run`: the labs of content/labs/ from the terminal, so authors can tune
// a lab and tests and outside checks can use the same contract as the API. Exit codes: 0 when a
// check passes, 1 when it fails (or the content is invalid), 2 for bad usage.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  formatIssue,
  labSummaries,
  loadContent,
  parseKnobValue,
  type KnobValues,
  type Lab,
} from '../../curriculum/index.js';
import {
  LabInputError,
  runLab,
  runLabVariant,
  type LabRun,
  type LabVariant,
} from '../../learning/index.js';
import { readContentFiles } from '../../server/content/read-content.js';
import { defaultContentDir } from '../../server/paths.js';
import { CliError, usageError } from '../errors.js';
import { table } from './sim-table.js';

function loadLabs(dir: string | undefined) {
  const contentDir = resolve(dir || process.env.STAFFLAB_CONTENT_DIR || defaultContentDir);
  if (!existsSync(contentDir))
    throw usageError(
      `No content folder at ${contentDir}. Pass --dir with the folder that holds program.yaml.`,
    );
  const report = loadContent(readContentFiles(contentDir));
  const labErrors = report.errors.filter((e) => e.file.startsWith('labs/'));
  if (!report.content || labErrors.length > 0) {
    const errors = report.content ? labErrors : report.errors;
    throw new CliError(
      `${errors.map(formatIssue).join('\n')}\nThe labs are not valid: run \`stafflab content check\`.`,
      1,
    );
  }
  return report.content;
}

function findLab(id: string, dir: string | undefined): { lab: Lab; week: number } {
  const content = loadLabs(dir);
  const lab = content.labs.get(id);
  if (!lab)
    throw usageError(
      `No lab "${id}". Labs: ${[...content.labs.keys()].sort().join(', ') || 'none yet'}.`,
    );
  return { lab, week: content.topicById.get(lab.topic)?.week ?? 0 };
}

function parseSeed(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const seed = Number(text);
  if (!/^\d+$/.test(text) || seed > 4_294_967_295)
    throw usageError(`--seed must be a whole number from 0 to 4294967295, not "${text}"`);
  return seed;
}

/** The list `GET /api/v1/labs` returns, in program order. */
export function labList(dir?: string): ReturnType<typeof labSummaries> {
  return labSummaries(loadLabs(dir));
}

export function runLabList(options: { json?: boolean; dir?: string }): void {
  const labs = labList(options.dir);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(labs, null, 2)}\n`);
    return;
  }
  for (const lab of labs)
    process.stdout.write(
      `week ${String(lab.week).padStart(2)}  ${lab.id.padEnd(28)} ${lab.title}\n`,
    );
}

function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof LabInputError) throw usageError(error.problems.join('\n'));
    throw error;
  }
}

function challengeLines(run: LabRun, lab: Lab): string[] {
  const lines = [`${lab.id}: ${run.passed ? 'PASSED' : 'not passed'} (seed ${run.seed})`];
  for (const c of run.conditions)
    lines.push(
      `  ${c.passed ? 'ok  ' : 'FAIL'}  ${c.name}: ${c.value ?? 'no data'} (want ${c.op} ${c.target})`,
    );
  return lines;
}

export function runLabCheck(
  id: string,
  options: { variant?: string; seed?: string; json?: boolean; dir?: string },
): void {
  const variant = options.variant ?? 'solution';
  if (variant !== 'baseline' && variant !== 'solution')
    throw usageError(`--variant is baseline or solution, not "${variant}"`);
  const { lab } = findLab(id, options.dir);
  const seed = parseSeed(options.seed);
  const run = guard(() => runLabVariant(lab, variant as LabVariant, seed));
  if (options.json) {
    const { passed, conditions } = run;
    process.stdout.write(
      `${JSON.stringify({ lab: lab.id, variant, seed: run.seed, passed, conditions }, null, 2)}\n`,
    );
  } else process.stdout.write(`${challengeLines(run, lab).join('\n')}\n`);
  if (!run.passed) process.exitCode = 1;
}

export function runLabRun(
  id: string,
  options: { set?: string[]; seed?: string; answer?: string; json?: boolean; dir?: string },
): void {
  const { lab } = findLab(id, options.dir);
  const knobs: KnobValues = {};
  for (const assignment of options.set ?? []) {
    const match = /^([a-z0-9-]+)=(.*)$/.exec(assignment);
    if (!match)
      throw usageError(`--set takes KNOB=VALUE, like --set budget=0.1; got "${assignment}"`);
    const knob = lab.knobs.find((k) => k.id === match[1]);
    if (!knob)
      throw usageError(
        `Lab "${lab.id}" has no knob "${match[1]}". Its knobs: ${lab.knobs.map((k) => k.id).join(', ')}.`,
      );
    knobs[knob.id] = parseKnobValue(knob, match[2]!);
  }
  const seed = parseSeed(options.seed);
  const run = guard(() =>
    runLab(lab, {
      knobs,
      ...(seed === undefined ? {} : { seed }),
      ...(options.answer === undefined ? {} : { answer: options.answer }),
    }),
  );
  if (options.json) {
    process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
    return;
  }
  const knobLine = Object.entries(run.knobs)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');
  process.stdout.write(
    `knobs: ${knobLine}\n\n${table(run.result)}\n\n${challengeLines(run, lab).join('\n')}\n`,
  );
}
