// Checks a lab's challenge against a run. Conditions compare a metric (or a ratio of two) to a
// target; a diagnosis compares the learner's answer to the cause the seed drew. The same code
// runs in the browser (instant feedback) and on the server (the record of a pass), so a client
// can show a result but never decide one.
import type { Candidate, Condition, Lab, MetricSpec } from '../../curriculum/schema/lab.js';
import type { SimResult } from '../../sim/index.js';
import { describeMetric, readMetric } from './metrics.js';

export interface ConditionResult {
  name: string;
  value: number | string | null;
  target: number | string;
  op: string;
  passed: boolean;
}

export interface ChallengeResult {
  passed: boolean;
  conditions: ConditionResult[];
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

function compare(value: number, op: Condition['op'], target: number): boolean {
  // Compare at the output's precision so `= 0` and `<= 0.2` mean what they say.
  const v = round(value);
  switch (op) {
    case '<':
      return v < target;
    case '<=':
      return v <= target;
    case '=':
      return v === target;
    case '>=':
      return v >= target;
    case '>':
      return v > target;
  }
}

/** A condition's name: its label, or one built from its metric. */
export function conditionName(condition: Condition): string {
  if (condition.label) return condition.label;
  if (condition.ratio)
    return `${describeMetric(condition.ratio.of)} / ${describeMetric(condition.ratio.to)}`;
  return describeMetric(singleMetric(condition));
}

/** The metric of a condition that is not a ratio. */
function singleMetric(condition: Condition): MetricSpec {
  return {
    metric: condition.metric!,
    scope: condition.scope!,
    ...(condition.window ? { window: condition.window } : {}),
    ...(condition.aggregate ? { aggregate: condition.aggregate } : {}),
  };
}

/** The value a condition compares, or a problem with the condition itself. */
export function conditionValue(
  result: SimResult,
  condition: Condition,
): { value: number | null } | { problem: string } {
  if (condition.ratio) {
    const of = readMetric(result, condition.ratio.of);
    if ('problem' in of) return of;
    const to = readMetric(result, condition.ratio.to);
    if ('problem' in to) return to;
    if (of.value === null || to.value === null || to.value === 0) return { value: null };
    return { value: of.value / to.value };
  }
  return readMetric(result, singleMetric(condition));
}

/** Evaluates every condition; a condition whose metric has no value (no data) fails. */
export function checkConditions(
  result: SimResult,
  conditions: readonly Condition[],
): ChallengeResult {
  const out: ConditionResult[] = conditions.map((condition) => {
    const read = conditionValue(result, condition);
    if ('problem' in read) throw new Error(`${conditionName(condition)}: ${read.problem}`);
    const value = read.value === null ? null : round(read.value);
    return {
      name: conditionName(condition),
      value,
      target: condition.target,
      op: condition.op,
      passed: value !== null && compare(value, condition.op, condition.target),
    };
  });
  return { passed: out.every((c) => c.passed), conditions: out };
}

/**
 * The cause a seed draws from a diagnosis lab's candidates. A multiplicative hash spreads
 * consecutive seeds over the candidates so re-rolling the seed changes the answer often.
 */
export function drawCause(candidates: readonly Candidate[], seed: number): Candidate {
  const mixed = Math.imul((seed ^ (seed >>> 16)) >>> 0, 0x45d9f3b) >>> 0;
  const again = Math.imul((mixed ^ (mixed >>> 16)) >>> 0, 0x45d9f3b) >>> 0;
  return candidates[((again ^ (again >>> 16)) >>> 0) % candidates.length]!;
}

/** Checks a diagnosis answer against the cause drawn for this seed. */
export function checkDiagnosis(
  lab: Lab,
  seed: number,
  answer: string | undefined,
): ChallengeResult {
  if (lab.challenge.kind !== 'diagnosis') throw new Error(`lab "${lab.id}" is not a diagnosis lab`);
  const cause = drawCause(lab.challenge.candidates, seed);
  const value = answer ?? null;
  return {
    passed: value === cause.id,
    conditions: [
      {
        name: lab.challenge.question,
        value,
        target: cause.id,
        op: '=',
        passed: value === cause.id,
      },
    ],
  };
}
