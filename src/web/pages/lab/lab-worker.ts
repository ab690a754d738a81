// The lab's engine runs here, off the main thread, so sliders stay smooth while it works.
// Requests are coalesced: when several arrive during a run only the newest is served, and a
// sweep stops between its runs as soon as a newer request is waiting.
import { labScenario, runLab } from '../../../learning/labs/run-lab.js';
import { readMetric } from '../../../learning/labs/metrics.js';
import type { KnobValues } from '../../../curriculum/labs/knobs.js';
import type { RunRequest, RunView, SweepJob, WorkerAnswer } from './lab-protocol.js';
import { runKey } from './url-state.js';

const post = (message: WorkerAnswer) => self.postMessage(message);

let waiting: RunRequest | null = null;
let working = false;

// Sweep points depend only on the knobs and the seed, so moving the swept knob itself, or
// coming back to earlier values, costs nothing the second time.
const sweepCache = new Map<string, (number | null)[]>();

function metricValues(result: RunView['result'], job: SweepJob): (number | null)[] {
  return job.lines.map((spec) => {
    const read = readMetric(result, spec);
    return 'value' in read ? read.value : null;
  });
}

function mainRun(request: RunRequest): RunView {
  const { lab, knobs, seed } = request;
  const started = performance.now();
  const run = runLab(lab, { knobs, seed });
  const ms = performance.now() - started;
  const scenario = labScenario(lab, run.knobs, seed);
  const diagnosis = lab.challenge.kind === 'diagnosis';
  return {
    id: request.id,
    key: request.key,
    knobs: run.knobs,
    seed,
    ms,
    result: run.result,
    // A diagnosis run's "condition" holds the drawn cause: it never leaves the worker.
    passed: diagnosis ? null : run.passed,
    conditions: diagnosis ? [] : run.conditions,
    faults: scenario.faults,
    shape: {
      clients: scenario.clients.map((c) => ({ name: c.name, target: c.target })),
      services: scenario.services.map((s) => ({
        name: s.name,
        calls: s.calls.map((call) => ({ service: call.service })),
      })),
    },
    predictions: lab.predictions.map((p) => {
      const read = readMetric(run.result, p.value);
      return 'value' in read ? read.value : null;
    }),
  };
}

/** Lets queued messages in, so a newer request can cut a sweep short. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function serve(request: RunRequest): Promise<void> {
  let main: RunView;
  try {
    main = mainRun(request);
  } catch (error) {
    post({ type: 'error', id: request.id, key: request.key, message: (error as Error).message });
    return;
  }
  post({ type: 'result', run: main });
  for (const job of request.sweeps) {
    for (let index = 0; index < job.values.length; index++) {
      await breathe();
      if (waiting) return;
      const knobs: KnobValues = { ...main.knobs, [job.knob]: job.values[index]! };
      const key = `${request.lab.id}|${job.chart}|${runKey(knobs, request.seed)}`;
      let values = sweepCache.get(key);
      if (!values) {
        try {
          const result =
            runKey(knobs, request.seed) === runKey(main.knobs, request.seed)
              ? main.result
              : runLab(request.lab, { knobs, seed: request.seed }).result;
          values = metricValues(result, job);
        } catch {
          values = job.lines.map(() => null);
        }
        if (sweepCache.size > 500) sweepCache.clear();
        sweepCache.set(key, values);
      }
      post({ type: 'sweep', id: request.id, chart: job.chart, index, values });
    }
  }
  post({ type: 'sweeps-done', id: request.id });
}

self.onmessage = (event: MessageEvent<RunRequest>) => {
  waiting = event.data;
  if (working) return;
  working = true;
  void (async () => {
    while (waiting) {
      const next = waiting;
      waiting = null;
      await serve(next);
    }
    working = false;
  })();
};
