// One lab run: knob values and a seed → a scenario → a simulation → the challenge checked.
// Pure and deterministic, so the server can re-run what a browser ran and get the same bytes.
import type { Lab } from '../../curriculum/schema/lab.js';
import { applyKnobs, resolveKnobs, type KnobValues } from '../../curriculum/labs/knobs.js';
import { setAtPath } from '../../curriculum/labs/scenario-path.js';
import { runScenario, validateScenario, type Scenario, type SimResult } from '../../sim/index.js';
import { checkConditions, checkDiagnosis, drawCause, type ChallengeResult } from './challenge.js';

/** A request the learner (or a test, or the CLI) can get wrong: reported, never thrown. */
export class LabInputError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('; '));
    this.name = 'LabInputError';
    this.problems = problems;
  }
}

export interface LabRunRequest {
  knobs?: KnobValues;
  seed?: number;
  /** A diagnosis lab's answer: a candidate id. */
  answer?: string;
}

export interface LabRun extends ChallengeResult {
  lab: string;
  seed: number;
  knobs: KnobValues;
  result: SimResult;
}

/** The lab's default seed: its scenario's, or 1 like any scenario. */
export function labSeed(lab: Lab): number {
  const seed = lab.scenario.seed;
  return typeof seed === 'number' ? seed : 1;
}

/**
 * The scenario a lab runs for these knob values and seed: the knobs written in and, for a
 * diagnosis lab, the edits of the cause this seed draws. Throws LabInputError for bad knobs,
 * Error when the lab file itself produces an invalid scenario.
 */
export function labScenario(lab: Lab, knobs: KnobValues, seed: number): Scenario {
  const resolved = resolveKnobs(lab, knobs);
  if (resolved.problems.length > 0) throw new LabInputError(resolved.problems);
  let raw = applyKnobs(lab, resolved.values);
  if (lab.challenge.kind === 'diagnosis') {
    const cause = drawCause(lab.challenge.candidates, seed);
    for (const edit of cause.edits) raw = setAtPath(raw, edit.path, edit.value);
  }
  const checked = validateScenario(raw);
  if (!checked.ok) {
    const issue = checked.issues[0]!;
    throw new Error(
      `lab "${lab.id}" makes an invalid scenario with these knobs: ${issue.path.join('.')}: ${issue.message}`,
    );
  }
  return checked.scenario;
}

function checkSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > 4_294_967_295)
    throw new LabInputError([`the seed must be a whole number from 0 to 4294967295, not ${seed}`]);
}

/** Runs a lab and checks its challenge. */
export function runLab(lab: Lab, request: LabRunRequest = {}): LabRun {
  const seed = request.seed ?? labSeed(lab);
  checkSeed(seed);
  const knobs = resolveKnobs(lab, request.knobs ?? {});
  if (knobs.problems.length > 0) throw new LabInputError(knobs.problems);
  const scenario = labScenario(lab, knobs.values, seed);
  const result = runScenario(scenario, { seed });
  const challenge =
    lab.challenge.kind === 'diagnosis'
      ? checkDiagnosis(lab, seed, request.answer)
      : checkConditions(result, lab.challenge.conditions);
  return { lab: lab.id, seed, knobs: knobs.values, ...challenge, result };
}

export type LabVariant = 'baseline' | 'solution';

/**
 * The lab as shipped: `baseline` opens the lab and must fail, `solution` must pass. For a
 * diagnosis lab the baseline answers with a wrong candidate and the solution with the cause.
 */
export function runLabVariant(lab: Lab, variant: LabVariant, seed = labSeed(lab)): LabRun {
  const knobs = variant === 'baseline' ? lab.baseline : { ...lab.baseline, ...lab.solution };
  let answer: string | undefined;
  if (lab.challenge.kind === 'diagnosis') {
    const { candidates } = lab.challenge;
    const cause = drawCause(candidates, seed);
    const wrong = candidates[(candidates.indexOf(cause) + 1) % candidates.length]!;
    answer = variant === 'solution' ? cause.id : wrong.id;
  }
  return runLab(lab, { knobs, seed, ...(answer === undefined ? {} : { answer }) });
}
