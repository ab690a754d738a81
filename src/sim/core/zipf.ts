// Zipf popularity over `count` keys: key k (0 = most popular) has probability ∝ 1/(k+1)^s.
// The CDF is computed once; a draw is a binary search over it (O(log count), no allocation).
import type { Rng } from './rng.js';

export class ZipfSampler {
  private readonly cdf: Float64Array;

  constructor(
    readonly count: number,
    readonly exponent: number,
  ) {
    this.cdf = new Float64Array(count);
    let total = 0;
    for (let k = 0; k < count; k++) {
      total += exponent === 0 ? 1 : Math.pow(k + 1, -exponent);
      this.cdf[k] = total;
    }
    for (let k = 0; k < count; k++) this.cdf[k] = (this.cdf[k] as number) / total;
    this.cdf[count - 1] = 1;
  }

  /** Probability of key k. */
  probability(k: number): number {
    return (this.cdf[k] as number) - (k === 0 ? 0 : (this.cdf[k - 1] as number));
  }

  sample(rng: Rng): number {
    const u = rng.next01();
    const cdf = this.cdf;
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cdf[mid] as number) > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
