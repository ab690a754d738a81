// Test helper: validate a scenario literal and run it, failing loudly if it is invalid.
import { runScenario, validateScenario, type ScenarioInput, type SimResult } from '../index.js';

export function run(input: ScenarioInput, seed?: number): SimResult {
  const checked = validateScenario(input);
  if (!checked.ok) throw new Error(`test scenario invalid: ${JSON.stringify(checked.issues)}`);
  return runScenario(checked.scenario, seed === undefined ? {} : { seed });
}

/** Sums entries [from, to) of a series, treating null as 0. */
export function sum(series: (number | null)[], from = 0, to = series.length): number {
  let total = 0;
  for (let i = from; i < to; i++) total += series[i] ?? 0;
  return total;
}
