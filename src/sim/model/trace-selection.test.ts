// Trace selection on its own: which finished requests are kept, and that every other one is
// handed back exactly once (which is what keeps the tracer's memory bounded).
import { describe, expect, it } from 'vitest';
import { Rng } from '../core/rng.js';
import {
  KEPT_ERROR,
  KEPT_SAMPLED,
  KEPT_SLOWEST,
  MAX_ERROR_TRACES_PER_INTERVAL,
  MAX_TRACES,
  TraceSelection,
} from './trace-selection.js';

interface Finished {
  trace: number;
  interval: number;
  latency: number;
  failed: boolean;
}

function select(sample: number, slowest: number, requests: Finished[]) {
  const dropped: number[] = [];
  const selection = new TraceSelection(sample, slowest, Rng.fromSeed(3).stream(0), (t) =>
    dropped.push(t),
  );
  selection.ensure(requests.length);
  for (const r of requests) selection.finished(r.trace, r.interval, r.latency, r.failed);
  const kept = selection.keptTraces();
  return { kept, dropped, selection };
}

/** `perInterval` requests in each of `intervals`, with latencies and failures from a stream. */
function workload(intervals: number, perInterval: number, failShare: number): Finished[] {
  const rng = Rng.fromSeed(11).stream(1);
  const out: Finished[] = [];
  for (let i = 0; i < intervals; i++)
    for (let k = 0; k < perInterval; k++)
      out.push({
        trace: out.length,
        interval: i,
        latency: Math.floor(rng.next01() * 1e6),
        failed: rng.next01() < failShare,
      });
  return out;
}

describe('trace selection', () => {
  it('hands back every request it does not keep, exactly once, and never a kept one', () => {
    const requests = workload(10, 1000, 0.05);
    const { kept, dropped } = select(0.02, 5, requests);
    expect(new Set(dropped).size).toBe(dropped.length);
    const keptSet = new Set(kept);
    expect(dropped.some((t) => keptSet.has(t))).toBe(false);
    expect(kept.length + dropped.length).toBe(requests.length);
  });

  it('keeps the first failures of each interval up to the cap, and the slowest by latency', () => {
    const requests = workload(8, 500, 0.08);
    const { kept, selection } = select(0, 4, requests);
    const keptSet = new Set(kept);
    for (let i = 0; i < 8; i++) {
      const inInterval = requests.filter((r) => r.interval === i);
      const failures = inInterval.filter((r) => r.failed);
      const errorKept = failures.filter(
        (r) => ((selection.flags[r.trace] as number) & KEPT_ERROR) !== 0 && keptSet.has(r.trace),
      );
      // The first ones to fail, in finishing order.
      expect(errorKept).toEqual(failures.slice(0, MAX_ERROR_TRACES_PER_INTERVAL));
      const byLatency = [...inInterval].sort((a, b) => b.latency - a.latency).slice(0, 4);
      const slow = inInterval.filter(
        (r) => ((selection.flags[r.trace] as number) & KEPT_SLOWEST) !== 0 && keptSet.has(r.trace),
      );
      expect(slow.map((r) => r.trace).sort((a, b) => a - b)).toEqual(
        byLatency.map((r) => r.trace).sort((a, b) => a - b),
      );
    }
    // Nothing else: no sampling at 0.
    expect(kept.every((t) => ((selection.flags[t] as number) & KEPT_SAMPLED) === 0)).toBe(true);
  });

  it('thins to a uniform MAX_TRACES when more are selected, over the whole run', () => {
    const requests = workload(10, 600, 0);
    const { kept, dropped, selection } = select(1, 0, requests);
    expect(kept.length).toBe(MAX_TRACES);
    expect(selection.thinned).toBe(requests.length - MAX_TRACES);
    expect(dropped.length).toBe(requests.length - MAX_TRACES);
    // Each half of the run holds half the requests: a uniform subset of 2,000 out of 6,000
    // puts a hypergeometric count in the first half, mean 1,000, sd ≈ 18.3; allow 5 sd.
    const firstHalf = kept.filter((t) => (requests[t]?.interval ?? 0) < 5).length;
    expect(Math.abs(firstHalf - MAX_TRACES / 2)).toBeLessThan(5 * 18.3);
  });
});
