import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';

const S = 1_000_000;

describe('ratio budget (default): retries ≤ ratio × first attempts over a sliding window', () => {
  it('allows 10% of the last 10 s of first attempts and forgets older ones', () => {
    const budget = createBudget({ ratio: 0.1, minPerSecond: 0, window: '10s' });
    for (let i = 0; i < 100; i++) budget.attemptStarted(i * 0.05 * S, false); // 100 firsts in 5 s
    let granted = 0;
    for (let i = 0; i < 50; i++) if (budget.tryRetry(5 * S, false)) granted++;
    expect(granted).toBe(10);
    // At 12.6 s about 48 firsts remain in the window, and the 10 retries granted at 5 s still count.
    const later = Array.from({ length: 50 }, () => budget.tryRetry(12.6 * S, false)).filter(
      Boolean,
    ).length;
    expect(later).toBe(0);
    expect(
      Array.from({ length: 50 }, () => budget.tryRetry(21 * S, false)).filter(Boolean).length,
    ).toBe(0);
  });

  it('minPerSecond gives a floor of retries with no traffic', () => {
    const budget = createBudget({ ratio: 0.1, minPerSecond: 2, window: '10s' });
    const granted = Array.from({ length: 100 }, () => budget.tryRetry(S, false)).filter(
      Boolean,
    ).length;
    expect(granted).toBe(20);
  });
});

describe('gRPC retry throttling', () => {
  it('retries only while tokens > maxTokens/2; failures cost 1, successes refund tokenRatio', () => {
    const budget = createBudget({ kind: 'grpc', maxTokens: 10, tokenRatio: 0.5 });
    expect(budget.tryRetry(0, false)).toBe(true);
    for (let i = 0; i < 5; i++) budget.attemptEnded(0, false, false, false); // 10 → 5
    expect(budget.tryRetry(0, false)).toBe(false);
    budget.attemptEnded(0, false, true, false); // 5.5
    expect(budget.tryRetry(0, false)).toBe(true);
  });
});

describe('Finagle RetryBudget', () => {
  it('defaults: 20% of requests plus 10 retries/s over 10 s', () => {
    const budget = createBudget({ kind: 'finagle', percent: 0.2, minPerSecond: 10, ttl: '10s' });
    for (let i = 0; i < 1000; i++) budget.attemptStarted(0, false);
    const granted = Array.from({ length: 1000 }, () => budget.tryRetry(0, false)).filter(
      Boolean,
    ).length;
    expect(granted).toBe(200 + 100);
  });
});

describe('Envoy retry budget', () => {
  it('concurrent retries ≤ max(minConcurrent, percent% of active requests)', () => {
    const budget = createBudget({ kind: 'envoy', percent: 20, minConcurrent: 3 });
    for (let i = 0; i < 10; i++) budget.attemptStarted(0, false);
    // 20% of 10 active = 2 < floor 3.
    expect([1, 2, 3, 4].map(() => budget.tryRetry(0, false))).toEqual([true, true, true, false]);
    for (let i = 0; i < 3; i++) budget.attemptStarted(0, true); // the three retries start: 13 active
    budget.attemptEnded(0, true, false, false); // one retry ends
    expect(budget.tryRetry(0, false)).toBe(true);
    expect(budget.tryRetry(0, false)).toBe(false);
  });
});

describe('AWS standard retry quota', () => {
  it('500 tokens, 5 per retry, 10 after a timeout; a success refunds', () => {
    const budget = createBudget({ kind: 'aws', quota: 500, cost: 5, timeoutCost: 10, refund: 1 });
    let granted = 0;
    while (budget.tryRetry(0, false)) granted++;
    expect(granted).toBe(100);
    budget.attemptEnded(0, true, true, false); // a successful retry refunds its 5
    expect(budget.tryRetry(0, true)).toBe(false); // 10 needed after a timeout
    expect(budget.tryRetry(0, false)).toBe(true);
  });
});
