// The lab's knob values and seed live in the URL (`?budget=0.1&seed=7`), so a run can be shared
// by copying the address. Only what differs from the lab's baseline and default seed is written:
// short links, and "Reset to baseline" is simply a clean address. A value that cannot be used
// falls back to the baseline with a notice that says what was wrong, never an error page.
import type { Knob, Lab } from '../../../curriculum/schema/lab.js';
import {
  knobValueProblem,
  parseKnobValue,
  type KnobValues,
} from '../../../curriculum/labs/knobs.js';
import { labSeed } from '../../../learning/labs/run-lab.js';

export interface LabUrlState {
  knobs: KnobValues;
  seed: number;
  /** What in the address was ignored, and why: shown above the knobs. */
  notices: string[];
}

export const SEED_PARAM = 'seed';
const MAX_SEED = 4_294_967_295;

/** Every knob at its baseline value. */
export function baselineKnobs(lab: Lab): KnobValues {
  const out: KnobValues = {};
  for (const knob of lab.knobs) out[knob.id] = lab.baseline[knob.id] ?? null;
  return out;
}

/** A range value must sit on the slider's steps, or the slider would show another value. */
function offStep(knob: Knob, value: number): boolean {
  const range = knob.range;
  if (!range) return false;
  const steps = (value - range.min) / range.step;
  return Math.abs(steps - Math.round(steps)) > 1e-6;
}

export function isValidSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

export function readLabUrl(lab: Lab, params: URLSearchParams): LabUrlState {
  const knobs = baselineKnobs(lab);
  const notices: string[] = [];
  for (const knob of lab.knobs) {
    const text = params.get(knob.id);
    if (text === null) continue;
    const value = parseKnobValue(knob, text);
    // knobValueProblem would print an unreadable number as `null`: quote what the address said.
    const unreadable =
      knob.range && typeof value === 'number' && Number.isNaN(value)
        ? `"${knob.id}" is a number from ${knob.range.min} to ${knob.range.max}, not "${text}"`
        : null;
    const problem =
      unreadable ??
      knobValueProblem(knob, value) ??
      (typeof value === 'number' && offStep(knob, value)
        ? `"${knob.id}" moves in steps of ${knob.range!.step} from ${knob.range!.min}, so ${value} is not one of its values`
        : null);
    if (problem) notices.push(`${problem}; using the baseline instead.`);
    else knobs[knob.id] = value;
  }
  let seed = labSeed(lab);
  const seedText = params.get(SEED_PARAM);
  if (seedText !== null) {
    const parsed = seedText.trim() === '' ? Number.NaN : Number(seedText);
    if (isValidSeed(parsed)) seed = parsed;
    else
      notices.push(
        `The seed must be a whole number from 0 to ${MAX_SEED}, not "${seedText}"; using the lab's seed ${seed} instead.`,
      );
  }
  return { knobs, seed, notices };
}

/**
 * The search params for these values: knobs that differ from the baseline, and the seed when it
 * differs from the lab's. Parameters the lab does not own (none today) are kept.
 */
export function writeLabUrl(
  lab: Lab,
  knobs: KnobValues,
  seed: number,
  current: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const next = new URLSearchParams(current);
  const baseline = baselineKnobs(lab);
  for (const knob of lab.knobs) {
    const value = knobs[knob.id];
    if (value === undefined || value === baseline[knob.id]) next.delete(knob.id);
    else next.set(knob.id, String(value));
  }
  if (seed === labSeed(lab)) next.delete(SEED_PARAM);
  else next.set(SEED_PARAM, String(seed));
  return next;
}

/** A stable key for one run request, to tell a fresh answer from a stale one. */
export function runKey(knobs: KnobValues, seed: number): string {
  return JSON.stringify([seed, Object.entries(knobs).sort(([a], [b]) => a.localeCompare(b))]);
}

/** A new seed that differs from the current one (the learner asked for a different run). */
export function rerollSeed(current: number, random: () => number = Math.random): number {
  const seed = Math.floor(random() * 1_000_000);
  return seed === current ? (seed + 1) % 1_000_000 : seed;
}
