// Which requests become traces, checked against theory and against the run's own counts:
// retries against the binomial law of an error fault, kept failures against the client's
// `failed` series, the slowest against every latency of the interval, sampling against its
// binomial band.
import { describe, expect, it } from 'vitest';
import {
  MAX_ERROR_TRACES_PER_INTERVAL,
  MAX_TRACES,
  validateScenario,
  type ScenarioInput,
  type Trace,
} from './index.js';
import { run, sum } from './testing/run.js';

/** One client at `rate` per second (evenly spaced) calling one service. */
const simple = (
  rate: number,
  duration: number,
  traces: { sample: number; slowest: number },
  extra: Partial<ScenarioInput> = {},
): ScenarioInput => ({
  name: 'simple',
  seed: 9,
  duration,
  clients: [{ name: 'users', target: 'api', arrival: { kind: 'constant', rate } }],
  services: [
    { name: 'api', concurrency: 4, serviceTime: { kind: 'lognormal', median: '5ms', p99: '60ms' } },
  ],
  traces,
  ...extra,
});

const finishedRequests = (
  clients: Record<string, { succeeded: (number | null)[]; failed: (number | null)[] }>,
) => sum(clients.users!.succeeded) + sum(clients.users!.failed);

/** Within `k` standard deviations of a binomial count's mean. */
function expectBinomial(count: number, n: number, p: number, k = 4): void {
  expect(Math.abs(count - n * p)).toBeLessThan(k * Math.sqrt(n * p * (1 - p)));
}

describe('kept traces', () => {
  it('show each attempt: an error fault of rate r fails k attempts with probability r^k', () => {
    // r = 0.5, three attempts, a fixed 10 ms backoff: one attempt (ok) 1/2, two (ok) 1/4,
    // three 1/4 of which half fail.
    const result = run(
      simple(
        100,
        15,
        { sample: 1, slowest: 0 },
        {
          clients: [
            {
              name: 'users',
              target: 'api',
              arrival: { kind: 'constant', rate: 100 },
              retry: { maxAttempts: 3, backoff: { base: '10ms', jitter: 'none' } },
            },
          ],
          faults: [{ at: 0, until: '15s', target: 'api', kind: 'errors', rate: 0.5 }],
        },
      ),
    );
    const traces = result.traces ?? [];
    const n = finishedRequests(result.series.clients);
    expect(traces.length).toBe(n);
    const attempts = (t: Trace) => t.root.children.length;
    expectBinomial(traces.filter((t) => attempts(t) === 1).length, n, 0.5);
    expectBinomial(traces.filter((t) => attempts(t) === 2).length, n, 0.25);
    expectBinomial(traces.filter((t) => t.root.outcome === 'error').length, n, 0.125);
    for (const t of traces.filter((x) => attempts(x) === 2)) {
      const [first, second] = t.root.children as [Trace['root'], Trace['root']];
      expect([first.outcome, first.cause, second.outcome]).toEqual(['error', 'fault', 'ok']);
      expect(t.root.outcome).toBe('ok');
      // The backoff is the gap between the attempts.
      expect(second.start - (first.end as number)).toBeCloseTo(0.01, 6);
    }
  });

  it('include every failure up to the cap per interval', () => {
    // 50 requests a second; 20% fail for 5 s (about 10 per interval), then all for 5 s.
    const result = run(
      simple(
        50,
        12,
        { sample: 0, slowest: 0 },
        {
          faults: [
            { at: 0, until: '5s', target: 'api', kind: 'errors', rate: 0.2 },
            { at: '5s', until: '10s', target: 'api', kind: 'errors', rate: 1 },
          ],
        },
      ),
    );
    const traces = result.traces ?? [];
    expect(traces.every((t) => t.kept.join() === 'error' && t.root.outcome === 'error')).toBe(true);
    const failed = result.series.clients.users!.failed;
    const kept = failed.map((_, i) => traces.filter((t) => t.interval === i).length);
    expect(kept).toEqual(failed.map((f) => Math.min(f ?? 0, MAX_ERROR_TRACES_PER_INTERVAL)));
    expect(Math.max(...(failed as number[]))).toBeGreaterThan(MAX_ERROR_TRACES_PER_INTERVAL);
  });

  it('include the slowest of each interval: no other request of it took longer', () => {
    const scenario = simple(60, 20, { sample: 1, slowest: 3 }, { warmup: '4s' });
    const result = run(scenario);
    const traces = result.traces ?? [];
    expect(traces.length).toBe(finishedRequests(result.series.clients));
    for (let i = 0; i < 20; i++) {
      const here = traces.filter((t) => t.interval === i);
      const slow = here.filter((t) => t.kept.includes('slowest'));
      expect(slow.length).toBe(Math.min(3, here.length));
      const others = here.filter((t) => !t.kept.includes('slowest'));
      const fastestSlow = Math.min(...slow.map((t) => t.latency));
      expect(others.every((t) => t.latency <= fastestSlow)).toBe(true);
    }
    // After the warm-up, the slowest of all is the client's latency maximum (all succeed).
    const afterWarmup = traces.filter((t) => t.interval >= 4 && t.kept.includes('slowest'));
    expect(Math.max(...afterWarmup.map((t) => t.latency))).toBeCloseTo(
      result.summary.clients.users!.latency.max as number,
      6,
    );
    // Sampling does not change which are the slowest.
    const unsampled = run({ ...scenario, traces: { sample: 0, slowest: 3 } }).traces ?? [];
    expect(unsampled.map((t) => t.request)).toEqual(
      traces.filter((t) => t.kept.includes('slowest')).map((t) => t.request),
    );
  });

  it('sample the share asked for, within its binomial band', () => {
    // At most MAX_TRACES per run: pool four seeds for a tighter band (4 sd ≈ 4.5%).
    let n = 0;
    let sampled = 0;
    for (const seed of [1, 2, 3, 4]) {
      const result = run(
        simple(
          1000,
          30,
          { sample: 0.05, slowest: 0 },
          {
            seed,
            services: [{ name: 'api', serviceTime: { kind: 'exponential', mean: '5ms' } }],
          },
        ),
      );
      n += finishedRequests(result.series.clients);
      sampled += (result.traces ?? []).filter((t) => t.kept.includes('sampled')).length;
      expect(result.tracesDropped).toBe(0);
    }
    expectBinomial(sampled, n, 0.05);
  });
});

describe('traces in validation', () => {
  it('accepts traces and rejects more slowest per interval than a run keeps', () => {
    const ok = simple(1, 1, { sample: 0.01, slowest: 5 });
    expect(validateScenario(ok).ok).toBe(true);
    const tooMany = validateScenario({ ...ok, traces: { slowest: MAX_TRACES + 1 } });
    expect(tooMany.ok ? [] : tooMany.issues.map((i) => i.path.join('.'))).toEqual([
      'traces.slowest',
    ]);
  });
});
