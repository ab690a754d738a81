// Retry backoff as in Brooker, "Exponential Backoff And Jitter" (AWS Architecture Blog,
// 2015): before the n-th retry the ceiling is t = min(cap, base · multiplier^(n−1)), and the
// jitter shapes it. Pure functions of their inputs and one uniform draw, so tests can check
// each formula's whole distribution.

export const JITTER_NONE = 0;
export const JITTER_FULL = 1;
export const JITTER_EQUAL = 2;
export const JITTER_DECORRELATED = 3;

export const JITTERS: Record<string, number> = {
  none: JITTER_NONE,
  full: JITTER_FULL,
  equal: JITTER_EQUAL,
  decorrelated: JITTER_DECORRELATED,
};

export interface BackoffPolicy {
  jitter: number;
  /** Microseconds. */
  base: number;
  /** Microseconds; Infinity when uncapped. */
  cap: number;
  multiplier: number;
}

/** The un-jittered ceiling before the n-th retry (n ≥ 1). */
export function backoffCeiling(policy: BackoffPolicy, n: number): number {
  return Math.min(policy.cap, policy.base * Math.pow(policy.multiplier, n - 1));
}

/**
 * The delay before the n-th retry, in microseconds. `previous` is the delay before the
 * previous retry (decorrelated jitter grows from it; pass `base` for the first retry), `u`
 * a uniform draw in [0, 1).
 */
export function backoffDelay(
  policy: BackoffPolicy,
  n: number,
  previous: number,
  u: number,
): number {
  switch (policy.jitter) {
    case JITTER_FULL:
      return u * backoffCeiling(policy, n);
    case JITTER_EQUAL: {
      const t = backoffCeiling(policy, n);
      return t / 2 + (u * t) / 2;
    }
    case JITTER_DECORRELATED: {
      // The blog's simulator: sleep = min(cap, random_between(base, sleep · 3)).
      const upper = Math.max(policy.base, 3 * previous);
      return Math.min(policy.cap, policy.base + u * (upper - policy.base));
    }
    default:
      return backoffCeiling(policy, n);
  }
}
