// Knob values → a scenario. A knob writes its value at one or more scenario paths: ranges
// write numbers (`ms` and `s` knobs write durations, `%` knobs write a share), options write
// their `set` value or, without one, their own value. Values arrive from lab files, URLs and
// `lab run --set`, so every entry point checks them here with a message that says how to fix it.
import type { Knob, KnobValue, Lab } from '../schema/lab.js';
import { setAtPath } from './scenario-path.js';

export type KnobValues = Record<string, KnobValue>;

/** The value a knob writes into the scenario. */
export function scenarioValue(knob: Knob, value: KnobValue): unknown {
  if (knob.options) {
    const option = knob.options.find((o) => o.value === value);
    if (option && 'set' in option && option.set !== undefined)
      return option.set === null ? undefined : option.set;
    return value === null ? undefined : value;
  }
  if (typeof value !== 'number') return value;
  if (knob.unit === 'ms') return `${value}ms`;
  if (knob.unit === 's') return `${value}s`;
  if (knob.unit === '%') return Math.round(value * 1e6) / 1e8;
  return value;
}

const unitSuffix = (knob: Knob): string =>
  knob.unit === undefined || knob.unit === 'count' || knob.unit === 'ratio' ? '' : ` ${knob.unit}`;

/** Why `value` is not a value of `knob`, or null when it is. */
export function knobValueProblem(knob: Knob, value: KnobValue): string | null {
  if (knob.options) {
    if (knob.options.some((o) => o.value === value)) return null;
    return `"${knob.id}" is one of ${knob.options.map((o) => JSON.stringify(o.value)).join(', ')}, not ${JSON.stringify(value)}`;
  }
  const range = knob.range!;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return `"${knob.id}" is a number from ${range.min} to ${range.max}, not ${JSON.stringify(value)}`;
  if (value < range.min || value > range.max)
    return `"${knob.id}" must be from ${range.min} to ${range.max}${unitSuffix(knob)}, not ${value}`;
  return null;
}

/** Reads a knob value from text (a URL parameter, `--set id=value`). */
export function parseKnobValue(knob: Knob, text: string): KnobValue {
  if (knob.options) {
    const option = knob.options.find((o) => String(o.value) === text);
    return option ? option.value : text;
  }
  return text.trim() === '' ? Number.NaN : Number(text);
}

/**
 * The lab's baseline overlaid with `values`. Unknown knob ids and bad values are problems,
 * returned instead of thrown so callers can report all of them at once.
 */
export function resolveKnobs(
  lab: Lab,
  values: KnobValues,
): { values: KnobValues; problems: string[] } {
  const problems: string[] = [];
  const out: KnobValues = {};
  for (const knob of lab.knobs) out[knob.id] = lab.baseline[knob.id] ?? null;
  for (const [id, value] of Object.entries(values)) {
    const knob = lab.knobs.find((k) => k.id === id);
    if (!knob) {
      problems.push(
        `lab "${lab.id}" has no knob "${id}"; its knobs are ${lab.knobs.map((k) => k.id).join(', ') || 'none'}`,
      );
      continue;
    }
    const problem = knobValueProblem(knob, value);
    if (problem) problems.push(problem);
    else out[id] = value;
  }
  return { values: out, problems };
}

/**
 * Writes every knob into a copy of the lab's scenario. Removals (`set: null`) go last, so an
 * option that switches a policy off wins over another knob that tunes inside it ("no backoff"
 * beside a "backoff base" knob). Throws when a knob's path names nothing.
 */
export function applyKnobs(lab: Lab, values: KnobValues): Record<string, unknown> {
  let scenario = lab.scenario;
  const writes = lab.knobs.flatMap((knob) => {
    const value = values[knob.id];
    return value === undefined ? [] : [{ knob, written: scenarioValue(knob, value) }];
  });
  writes.sort((a, b) => Number(a.written === undefined) - Number(b.written === undefined));
  for (const { knob, written } of writes) {
    for (const path of Array.isArray(knob.path) ? knob.path : [knob.path]) {
      try {
        scenario = setAtPath(scenario, path, written);
      } catch (error) {
        throw new Error(`knob "${knob.id}": ${(error as Error).message}`, { cause: error });
      }
    }
  }
  return scenario;
}
