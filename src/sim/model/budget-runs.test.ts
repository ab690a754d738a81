// Each budget kind in a whole run: a service fails every request for 60 s (3 attempts per
// request allowed). How many attempts does each first attempt turn into, and why.
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../index.js';
import type { BudgetSpec } from '../scenario/policies.js';
import { run, sum } from '../testing/run.js';

function outage(budget: BudgetSpec | undefined, latency = false): ScenarioInput {
  return {
    name: 'outage',
    duration: 100,
    ...(latency ? { network: { latency: { kind: 'constant', value: '20ms' } } } : {}),
    clients: [
      {
        name: 'users',
        target: 'api',
        arrival: { kind: 'poisson', rate: 100 },
        retry: { maxAttempts: 3, ...(budget ? { budget } : {}) },
      },
    ],
    services: [{ name: 'api', serviceTime: { kind: 'exponential', mean: '20ms' } }],
    faults: [{ at: 30, until: 90, target: 'api', kind: 'errors', rate: 1 }],
  };
}

function amplification(input: ScenarioInput): number {
  const c = run(input, 3).series.clients.users!;
  return sum(c.attempts, 31, 89) / sum(c.requests, 31, 89);
}

describe('retry budgets during a total outage', () => {
  it('none: every request makes all 3 attempts', () => {
    expect(amplification(outage(undefined))).toBeCloseTo(3, 3);
  });

  it('ratio 10%: about 1.1 attempts per request', () => {
    const a = amplification(outage({ ratio: 0.1, minPerSecond: 0, window: '10s' }));
    expect(a).toBeGreaterThan(1.05);
    expect(a).toBeLessThanOrEqual(1.1 + 1e-9);
  });

  it('finagle: 20% plus 10 retries/s, i.e. at most 1 + 0.2 + 10/100 = 1.3', () => {
    const a = amplification(
      outage({ kind: 'finagle', percent: 0.2, minPerSecond: 10, ttl: '10s' }),
    );
    expect(a).toBeGreaterThan(1.2);
    expect(a).toBeLessThanOrEqual(1.3 + 1e-9);
  });

  it('grpc: five failures drain the bucket to half, then no retries until successes return', () => {
    const a = amplification(outage({ kind: 'grpc', maxTokens: 10, tokenRatio: 0.1 }));
    // 58 s × 100 req/s first attempts, and no retry at all once the tokens are at 5.
    expect(a).toBe(1);
  });

  it('aws: the 500-token quota buys 100 retries, then none', () => {
    const input = outage({ kind: 'aws', quota: 500, cost: 5, timeoutCost: 10, refund: 1 });
    const r = run(input, 3);
    const c = r.series.clients.users!;
    expect(sum(c.retries, 30, 100)).toBeLessThanOrEqual(100);
    expect(sum(c.retries, 30, 100)).toBeGreaterThan(95);
  });

  it('envoy: limits concurrent retries, so it does not limit failures that are instant', () => {
    // Without latency a retry ends the instant it starts: never more than one is active.
    expect(amplification(outage({ kind: 'envoy', percent: 20, minConcurrent: 3 }))).toBeCloseTo(
      3,
      3,
    );
    // With 40 ms round trips a handful of requests are active and 20% of them is below the
    // floor: at most 3 retries per 40 ms get through, ≤ 75/s of the 200/s the clients want.
    const a = amplification(outage({ kind: 'envoy', percent: 20, minConcurrent: 3 }, true));
    expect(a).toBeGreaterThan(1.5);
    expect(a).toBeLessThan(2);
  });
});
