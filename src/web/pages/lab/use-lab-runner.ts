// Runs a lab in a Web Worker whenever the knobs or the seed change. Moves are debounced (a
// slider dragged across ten steps runs once), every request carries an id, and answers for
// anything but the newest request are dropped, so a slow stale run can never overwrite a
// fresh one. The previous run stays on screen while the next one computes.
import { useEffect, useRef, useState } from 'react';
import type { Lab } from '../../../curriculum/schema/lab.js';
import type { KnobValues } from '../../../curriculum/labs/knobs.js';
import type { RunRequest, RunView, SweepJob, WorkerAnswer } from './lab-protocol.js';
import { runKey } from './url-state.js';

export const DEBOUNCE_MS = 150;

/** Sweep points by chart index: one entry per swept value, one number per line. */
export type SweepPoints = Record<number, ((number | null)[] | null)[]>;

export interface LabRunner {
  run: RunView | null;
  sweeps: SweepPoints;
  sweepsDone: boolean;
  running: boolean;
  error: string | null;
  /** Completed runs since the page opened; the browser tests wait on it. */
  count: number;
}

function sweepJobs(lab: Lab): SweepJob[] {
  return lab.charts.flatMap((chart, index) =>
    chart.kind === 'sweep'
      ? [
          {
            chart: index,
            knob: chart.knob,
            values: chart.values,
            lines: chart.lines.map((l) => l.value),
          },
        ]
      : [],
  );
}

function emptySweeps(jobs: SweepJob[]): SweepPoints {
  return Object.fromEntries(jobs.map((job) => [job.chart, job.values.map(() => null)]));
}

interface State {
  /** The request the last answer (a run or an error) was for. */
  answered: string | null;
  run: RunView | null;
  sweeps: SweepPoints;
  sweepsDone: boolean;
  error: string | null;
  /** The worker itself failed (it could not load): no run will ever answer. */
  fatal: string | null;
  count: number;
}

export function useLabRunner(lab: Lab, knobs: KnobValues, seed: number): LabRunner {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [state, setState] = useState<State>({
    answered: null,
    run: null,
    sweeps: {},
    sweepsDone: false,
    error: null,
    fatal: null,
    count: 0,
  });

  useEffect(() => {
    const w = new Worker(new URL('./lab-worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      const id = answer.type === 'result' ? answer.run.id : answer.id;
      if (id !== latest.current) return;
      if (answer.type === 'result') {
        setState((s) => ({
          answered: answer.run.key,
          run: answer.run,
          sweeps: emptySweeps(sweepJobs(lab)),
          sweepsDone: false,
          error: null,
          fatal: null,
          count: s.count + 1,
        }));
      } else if (answer.type === 'sweep') {
        setState((s) => {
          const points = [...(s.sweeps[answer.chart] ?? [])];
          points[answer.index] = answer.values;
          return { ...s, sweeps: { ...s.sweeps, [answer.chart]: points } };
        });
      } else if (answer.type === 'sweeps-done') {
        setState((s) => ({ ...s, sweepsDone: true }));
      } else {
        setState((s) => ({ ...s, answered: answer.key, error: answer.message }));
      }
    };
    w.onerror = (event) => {
      setState((s) => ({
        ...s,
        fatal: event.message || 'The simulation worker failed to start.',
      }));
    };
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, [lab]);

  const key = runKey(knobs, seed);
  const first = useRef(true);
  useEffect(() => {
    const id = ++latest.current;
    const [, entries] = JSON.parse(key) as [number, [string, KnobValues[string]][]];
    const request: RunRequest = {
      type: 'run',
      id,
      key,
      lab,
      knobs: Object.fromEntries(entries),
      seed,
      sweeps: sweepJobs(lab),
    };
    // The first run starts at once; later ones wait for the knob to settle.
    const delay = first.current ? 0 : DEBOUNCE_MS;
    first.current = false;
    const timer = setTimeout(() => worker.current?.postMessage(request), delay);
    return () => clearTimeout(timer);
  }, [lab, key, seed]);

  const { answered, fatal, error, ...rest } = state;
  return {
    ...rest,
    error: fatal ?? (answered === key ? error : null),
    running: answered !== key && fatal === null,
  };
}
