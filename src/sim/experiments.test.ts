// The published behaviours the labs teach, reproduced as tests over several seeds.
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from './index.js';
import { run, sum } from './testing/run.js';

/**
 * Open-loop retry collapse: 40 req/s, service time 1 s + 10 ms per request in flight,
 * timeout 3 s, 3 attempts, the server finishes work whose caller gave up, and a 5-second
 * spike to 80 req/s. At 40 req/s the system settles at L = 40·(1 + 0.01·L), about 67 in
 * flight and 1.67 s each; after the spike, timeouts cause retries, retries raise the load,
 * and with up to 120 req/s offered no steady state exists any more.
 */
function collapse(budget: boolean): ScenarioInput {
  return {
    name: 'retry-collapse',
    duration: 120,
    clients: [
      {
        name: 'users',
        target: 'api',
        arrival: {
          kind: 'poisson',
          rate: 40,
          schedule: [
            { at: 30, rate: 80 },
            { at: 35, rate: 40 },
          ],
        },
        timeout: '3s',
        retry: { maxAttempts: 3, ...(budget ? { budget: { ratio: 0.1 } } : {}) },
      },
    ],
    services: [
      {
        name: 'api',
        serviceTime: { kind: 'constant', value: '1s' },
        contention: { perInFlight: '10ms' },
      },
    ],
  };
}

describe('(2) open-loop retry collapse', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: goodput 25–55 s after the spike stays below 20% of before; a 10% retry budget restores > 80%`, () => {
      const spikeEnd = 35;
      const before = (r: ReturnType<typeof run>): number =>
        sum(r.series.clients.users!.succeeded, 10, 30) / 20;
      const after = (r: ReturnType<typeof run>): number =>
        sum(r.series.clients.users!.succeeded, spikeEnd + 25, spikeEnd + 55) / 30;
      const plain = run(collapse(false), seed);
      expect(before(plain)).toBeGreaterThan(35);
      expect(after(plain)).toBeLessThan(0.2 * before(plain));
      const budgeted = run(collapse(true), seed);
      expect(after(budgeted)).toBeGreaterThan(0.8 * before(budgeted));
    });
  }
});

/** (3) Total failure for 60 s: how many attempts do first attempts turn into? */
function outage(budget: boolean): ScenarioInput {
  return {
    name: 'retry-budget',
    duration: 100,
    clients: [
      {
        name: 'users',
        target: 'api',
        arrival: { kind: 'poisson', rate: 100 },
        retry: { maxAttempts: 3, ...(budget ? { budget: { ratio: 0.1 } } : {}) },
      },
    ],
    services: [{ name: 'api', serviceTime: { kind: 'exponential', mean: '20ms' } }],
    faults: [{ at: 30, until: 90, target: 'api', kind: 'errors', rate: 1 }],
  };
}

describe('(3) retry budget under total failure', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: 3 attempts give 3× the first attempts; a 10% budget at most 1.15×`, () => {
      const ratio = (r: ReturnType<typeof run>): number => {
        const c = r.series.clients.users!;
        // Requests start in the window; their attempts happen within microseconds of it.
        return sum(c.attempts, 31, 89) / sum(c.requests, 31, 89);
      };
      expect(ratio(run(outage(false), seed))).toBeCloseTo(3, 2);
      const budgeted = ratio(run(outage(true), seed));
      expect(budgeted).toBeLessThanOrEqual(1.15);
      expect(budgeted).toBeGreaterThan(1.05);
    });
  }
});

/**
 * (1) Brooker, "Exponential Backoff And Jitter" (2015): 100 clients each complete one write
 * to one optimistic-concurrency row; every hop takes |N(10 ms, 2 ms)|; backoff base 5 ms,
 * cap 2 s. Count the calls (attempts) until all 100 writes committed.
 */
function contention(
  backoff: 'no backoff' | 'none' | 'full' | 'equal' | 'decorrelated',
): ScenarioInput {
  return {
    name: 'occ-backoff',
    duration: '10m',
    network: { latency: { kind: 'normal', mean: '10ms', stddev: '2ms' } },
    clients: [
      {
        name: 'writers',
        target: 'store',
        closed: { users: 100, requests: 1 },
        retry: {
          maxAttempts: 1000,
          ...(backoff === 'no backoff'
            ? {}
            : { backoff: { base: '5ms', cap: '2s', jitter: backoff } }),
        },
      },
    ],
    services: [{ name: 'store', serviceTime: { kind: 'constant', value: 0 }, occ: { rows: 1 } }],
  };
}

describe('(1) backoff and jitter on an optimistic-concurrency row', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: full jitter needs fewer than half the calls of plain exponential; no backoff is worst`, () => {
      const calls = (backoff: Parameters<typeof contention>[0]): number => {
        const result = run(contention(backoff), seed);
        const writers = result.summary.clients.writers!;
        expect(writers.succeeded).toBe(100);
        expect(writers.inFlightAtEnd).toBe(0);
        // Each success is one commit; every other call lost a conflict.
        const store = result.summary.services.store!;
        expect(store.successes).toBe(100);
        expect(store.errorsByCause.conflict).toBe(writers.attempts - 100);
        return writers.attempts;
      };
      const exponential = calls('none');
      const full = calls('full');
      const noBackoff = calls('no backoff');
      expect(full).toBeLessThan(exponential / 2);
      expect(noBackoff).toBeGreaterThan(exponential);
      for (const other of ['equal', 'decorrelated'] as const)
        expect(noBackoff).toBeGreaterThan(calls(other));
    });
  }
});
