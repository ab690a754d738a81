// The public API of the simulation engine. Pure: runs unchanged in Node and in a Web Worker.
import { Engine, type Progress } from './model/engine.js';
import { buildResult, type SimResult } from './output/result.js';
import type { Scenario } from './scenario/schema.js';
import { validateScenario } from './scenario/validate.js';

export { validateScenario } from './scenario/validate.js';
export type { ScenarioIssue, ValidationResult } from './scenario/validate.js';
export { scenarioJsonSchema } from './scenario/json-schema.js';
export { scenarioSchema } from './scenario/schema.js';
export type { Scenario, ScenarioInput } from './scenario/schema.js';
export type { SimResult, ServiceSummary, ClientSummary, LatencySummary } from './output/result.js';
export type { Progress } from './model/engine.js';
export type { Span, Trace, TraceReason } from './output/traces.js';
export { MAX_ERROR_TRACES_PER_INTERVAL, MAX_TRACES } from './model/trace-selection.js';
export { SKETCH_RELATIVE_ERROR } from './core/sketch.js';
export { toMicros, durationSchema } from './scenario/duration.js';

export interface RunOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  /** Called at every interval boundary and at the end. */
  onProgress?: (progress: Progress) => void;
}

/**
 * Runs a validated scenario. Same scenario and seed give the same result, to the byte once
 * serialised. Throws only when given a scenario that validateScenario would reject.
 */
export function runScenario(scenario: Scenario, options: RunOptions = {}): SimResult {
  const checked = validateScenario(scenario);
  if (!checked.ok) {
    const first = checked.issues[0];
    throw new Error(
      `invalid scenario: ${first ? `${first.path.join('.')}: ${first.message}` : 'unknown problem'}`,
    );
  }
  const seed = options.seed ?? checked.scenario.seed;
  const engine = new Engine(checked.scenario, seed, options.onProgress);
  engine.run();
  return buildResult(engine);
}
