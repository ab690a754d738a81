// Messages between the lab page and its Web Worker. The page sends the whole lab with each
// request (a few kilobytes) so the worker keeps no state that could drift from the page's.
import type { KnobValue, Lab, MetricSpec } from '../../../curriculum/schema/lab.js';
import type { KnobValues } from '../../../curriculum/labs/knobs.js';
import type { ConditionResult } from '../../../learning/labs/challenge.js';
import type { SimResult } from '../../../sim/output/result.js';
import type { FaultLike, ScenarioShape } from './lab-model.js';

export interface SweepJob {
  /** Index of the chart in lab.charts. */
  chart: number;
  knob: string;
  values: KnobValue[];
  lines: MetricSpec[];
}

export interface RunRequest {
  type: 'run';
  id: number;
  /** runKey(knobs, seed): echoed back so the page knows which request an answer is for. */
  key: string;
  lab: Lab;
  knobs: KnobValues;
  seed: number;
  sweeps: SweepJob[];
}

export interface RunView {
  id: number;
  /** The request's key. */
  key: string;
  knobs: KnobValues;
  seed: number;
  /** Milliseconds runLab took in the worker. */
  ms: number;
  result: SimResult;
  /** null for a diagnosis lab: its check needs the learner's answer, made on the page. */
  passed: boolean | null;
  conditions: ConditionResult[];
  /** The run's scenario, as far as the page draws it. */
  faults: FaultLike[];
  shape: ScenarioShape;
  /** The actual value of each of lab.predictions. */
  predictions: (number | null)[];
}

export type WorkerAnswer =
  | { type: 'result'; run: RunView }
  | { type: 'sweep'; id: number; chart: number; index: number; values: (number | null)[] }
  | { type: 'sweeps-done'; id: number }
  | { type: 'error'; id: number; key: string; message: string };
