// Each jitter formula of Brooker (2015), checked as a distribution, not only a mean: Polly
// found its decorrelated jitter clumped (Polly issue #530) although its mean looked right.
// Statistical properties run with a fixed fast-check seed so they cannot flake.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../core/rng.js';
import { ksCritical, ksStatistic } from '../testing/statistics.js';
import {
  JITTER_DECORRELATED,
  JITTER_EQUAL,
  JITTER_FULL,
  JITTER_NONE,
  backoffCeiling,
  backoffDelay,
  type BackoffPolicy,
} from './backoff.js';

const policies = fc.record({
  base: fc.integer({ min: 1, max: 1_000_000 }),
  cap: fc.oneof(fc.constant(Infinity), fc.integer({ min: 1, max: 60_000_000 })),
  multiplier: fc.double({ min: 1, max: 4, noNaN: true }),
});
const retryNumber = fc.integer({ min: 1, max: 12 });
const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

function draws(policy: BackoffPolicy, n: number, previous: number, count = 5000): number[] {
  const rng = Rng.fromSeed(n * 7919 + previous);
  return Array.from({ length: count }, () => backoffDelay(policy, n, previous, rng.next01()));
}

describe('backoff ceiling', () => {
  it('is min(cap, base · multiplier^(n−1))', () => {
    fc.assert(
      fc.property(policies, retryNumber, (p, n) => {
        const t = backoffCeiling({ ...p, jitter: JITTER_NONE }, n);
        expect(t).toBeCloseTo(Math.min(p.cap, p.base * p.multiplier ** (n - 1)), 6);
      }),
    );
  });
});

describe('jitter formulas', () => {
  it('none waits exactly t', () => {
    fc.assert(
      fc.property(policies, retryNumber, unit, (p, n, u) => {
        const policy = { ...p, jitter: JITTER_NONE };
        expect(backoffDelay(policy, n, p.base, u)).toBe(backoffCeiling(policy, n));
      }),
    );
  });

  it('full is U(0, t): in range for every draw, uniform over many', () => {
    fc.assert(
      fc.property(policies, retryNumber, unit, (p, n, u) => {
        const policy = { ...p, jitter: JITTER_FULL };
        const d = backoffDelay(policy, n, p.base, u);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(backoffCeiling(policy, n));
      }),
    );
    fc.assert(
      fc.property(policies, retryNumber, (p, n) => {
        const policy = { ...p, jitter: JITTER_FULL };
        const t = backoffCeiling(policy, n);
        const xs = draws(policy, n, p.base);
        expect(ksStatistic(xs, (x) => Math.min(1, x / t))).toBeLessThan(ksCritical(xs.length));
      }),
      { numRuns: 20, seed: 20261127 },
    );
  });

  it('equal is t/2 + U(0, t/2): never below half the ceiling, uniform above it', () => {
    fc.assert(
      fc.property(policies, retryNumber, (p, n) => {
        const policy = { ...p, jitter: JITTER_EQUAL };
        const t = backoffCeiling(policy, n);
        const xs = draws(policy, n, p.base);
        expect(Math.min(...xs)).toBeGreaterThanOrEqual(t / 2);
        expect(Math.max(...xs)).toBeLessThanOrEqual(t);
        expect(
          ksStatistic(xs, (x) => Math.min(1, Math.max(0, (x - t / 2) / (t / 2)))),
        ).toBeLessThan(ksCritical(xs.length));
      }),
      { numRuns: 20, seed: 20261127 },
    );
  });

  it('decorrelated is min(cap, U(base, 3 · previous)), with an atom at the cap', () => {
    fc.assert(
      fc.property(policies, fc.integer({ min: 1, max: 5_000_000 }), (p, prevOffset) => {
        const policy = { ...p, jitter: JITTER_DECORRELATED };
        const previous = p.base + prevOffset;
        const hi = 3 * previous;
        const xs = draws(policy, 3, previous);
        // CDF of min(cap, U(base, hi)): uniform below the cap, jumps to 1 at the cap.
        const cdf = (x: number): number =>
          x >= p.cap ? 1 : Math.min(1, Math.max(0, (x - p.base) / (hi - p.base)));
        expect(Math.min(...xs)).toBeGreaterThanOrEqual(Math.min(p.base, p.cap));
        expect(Math.max(...xs)).toBeLessThanOrEqual(Math.min(p.cap, hi));
        const below = xs.filter((x) => x < p.cap);
        if (below.length > 500) {
          const mass = cdf(p.cap - 1e-9);
          expect(ksStatistic(below, (x) => cdf(x) / mass)).toBeLessThan(ksCritical(below.length));
        }
        const atCapShare = 1 - cdf(p.cap - 1e-9);
        const observed = (xs.length - below.length) / xs.length;
        expect(Math.abs(observed - atCapShare)).toBeLessThan(
          4 * Math.sqrt(0.25 / xs.length) + 1e-9,
        );
      }),
      { numRuns: 20, seed: 20261127 },
    );
  });

  it('decorrelated starts from base: the first retry waits U(base, 3·base)', () => {
    const policy = { base: 1000, cap: Infinity, multiplier: 2, jitter: JITTER_DECORRELATED };
    const xs = draws(policy, 1, 1000);
    expect(ksStatistic(xs, (x) => Math.min(1, Math.max(0, (x - 1000) / 2000)))).toBeLessThan(
      ksCritical(xs.length),
    );
  });
});
