// The breaker against resilience4j's semantics and the failure modes users report in other
// libraries (opossum, cockatiel): opening on the first failure, being stuck half-open,
// letting a flood through half-open.
import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.js';

const S = 1_000_000;
const policy = {
  failureRate: 0.5,
  window: 10 * S,
  minRequests: 20,
  open: 5 * S,
  halfOpenProbes: 3,
};

function call(b: CircuitBreaker, now: number, ok: boolean): boolean {
  if (!b.tryAcquire(now)) return false;
  b.record(now, b.epoch, ok);
  return true;
}

describe('CircuitBreaker', () => {
  it('does not open before minRequests calls, whatever their failure rate', () => {
    const b = new CircuitBreaker(policy);
    for (let i = 0; i < 19; i++) expect(call(b, i, false)).toBe(true);
    expect(b.isClosed()).toBe(true);
    call(b, 19, false);
    expect(b.isClosed()).toBe(false);
    expect(b.openings).toBe(1);
  });

  it('opens at the failure-rate threshold over the window, not below it', () => {
    const b = new CircuitBreaker(policy);
    // 11 successes, then 9 failures: 45% < 50%.
    for (let i = 0; i < 11; i++) call(b, i, true);
    for (let i = 0; i < 9; i++) call(b, 100 + i, false);
    expect(b.isClosed()).toBe(true);
    call(b, 200, false); // 10 of 21 = 47.6%
    expect(b.isClosed()).toBe(true);
    call(b, 201, false); // 11 of 22 = 50%
    expect(b.isClosed()).toBe(false);
  });

  it('forgets outcomes older than the window', () => {
    const b = new CircuitBreaker(policy);
    for (let i = 0; i < 15; i++) call(b, i, false);
    // 11 s later those 15 failures have left the window: 10 more do not reach minRequests.
    for (let i = 0; i < 10; i++) call(b, 11 * S + i, false);
    expect(b.isClosed()).toBe(true);
  });

  it('rejects while open, then lets exactly halfOpenProbes calls through', () => {
    const b = new CircuitBreaker(policy);
    for (let i = 0; i < 20; i++) call(b, i, false);
    expect(b.tryAcquire(4 * S)).toBe(false);
    const at = 6 * S;
    const admitted = Array.from({ length: 10 }, () => b.tryAcquire(at)).filter(Boolean).length;
    expect(admitted).toBe(3);
  });

  it('closes when the probes succeed and re-opens when they fail: never stuck half-open', () => {
    const b = new CircuitBreaker(policy);
    for (let i = 0; i < 20; i++) call(b, i, false);
    for (let k = 0; k < 3; k++) expect(call(b, 6 * S, false)).toBe(true);
    expect(b.isClosed()).toBe(false);
    expect(b.openings).toBe(2);
    expect(b.tryAcquire(6 * S + 1)).toBe(false);
    for (let k = 0; k < 3; k++) expect(call(b, 12 * S, true)).toBe(true);
    expect(b.isClosed()).toBe(true);
    expect(call(b, 12 * S + 1, true)).toBe(true);
    // Not closed from the 20th failure (19 µs) until the probes succeeded at 12 s.
    expect(b.notClosedTime(20 * S)).toBe(12 * S - 19);
  });

  it('ignores outcomes of calls let through before the state changed', () => {
    const b = new CircuitBreaker(policy);
    const early = b.epoch;
    b.tryAcquire(0);
    for (let i = 0; i < 20; i++) call(b, i, false);
    for (let k = 0; k < 3; k++) call(b, 6 * S, true); // closes again
    b.record(6 * S, early, false); // a straggler from the first closed period
    expect(b.isClosed()).toBe(true);
  });
});
