import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LatencySketch, SKETCH_RELATIVE_ERROR, bucketOf } from './sketch.js';

function exactQuantile(sorted: number[], q: number): number {
  return sorted[Math.floor(q * (sorted.length - 1))] as number;
}

const values = fc.array(
  fc.oneof(
    fc.integer({ min: 0, max: 100 }),
    fc.integer({ min: 0, max: 10_000_000 }),
    fc.constant(0),
  ),
  { minLength: 1, maxLength: 2000 },
);
const quantiles = [0, 0.1, 0.5, 0.9, 0.99, 0.999, 1];

describe('LatencySketch', () => {
  it(`answers every quantile within ${SKETCH_RELATIVE_ERROR * 100}% of the exact sample at that rank`, () => {
    fc.assert(
      fc.property(values, (xs) => {
        const sketch = new LatencySketch();
        for (const x of xs) sketch.add(x);
        const sorted = [...xs].sort((a, b) => a - b);
        for (const q of quantiles) {
          const exact = exactQuantile(sorted, q);
          expect(Math.abs(sketch.quantile(q) - exact)).toBeLessThanOrEqual(
            SKETCH_RELATIVE_ERROR * exact + 1e-9,
          );
        }
        expect(sketch.count).toBe(xs.length);
        expect(sketch.max).toBe(sorted[sorted.length - 1]);
        expect(sketch.mean()).toBeCloseTo(xs.reduce((a, b) => a + b, 0) / xs.length, 6);
      }),
    );
  });

  it('finds a quantile in the bucket where the running count from the bottom passes its rank', () => {
    // The definition, scanning every bucket up from the zero bucket; quantile() scans from
    // whichever end is nearer and must land in the same bucket, to the bit.
    const gamma = (1 + SKETCH_RELATIVE_ERROR) / (1 - SKETCH_RELATIVE_ERROR);
    const byDefinition = (sketch: LatencySketch, q: number): number => {
      const rank = Math.floor(q * (sketch.count - 1));
      if (rank < sketch.zeroCount) return 0;
      let seen = sketch.zeroCount;
      for (let i = 0; i < sketch.counts.length; i++) {
        seen += sketch.counts[i] as number;
        if (seen > rank) return Math.min(sketch.max, (2 * Math.pow(gamma, i)) / (gamma + 1));
      }
      throw new Error('rank past the last bucket');
    };
    fc.assert(
      fc.property(values, fc.double({ min: 0, max: 1, noNaN: true }), (xs, q) => {
        const sketch = new LatencySketch();
        for (const x of xs) sketch.add(x);
        for (const quantile of [...quantiles, q, 0.5, 0.5000001, 0.4999999])
          expect(sketch.quantile(quantile)).toBe(byDefinition(sketch, quantile));
      }),
    );
  });

  it('merging two sketches equals sketching the union', () => {
    fc.assert(
      fc.property(values, values, (xs, ys) => {
        const a = new LatencySketch();
        const b = new LatencySketch();
        const all = new LatencySketch();
        xs.forEach((x) => (a.add(x), all.add(x)));
        ys.forEach((y) => (b.add(y), all.add(y)));
        a.merge(b);
        for (const q of quantiles) expect(a.quantile(q)).toBe(all.quantile(q));
        expect(a.count).toBe(all.count);
      }),
    );
  });

  it('is empty after clear(): NaN quantiles', () => {
    const sketch = new LatencySketch();
    sketch.add(5);
    sketch.clear();
    expect(sketch.quantile(0.5)).toBeNaN();
    expect(sketch.count).toBe(0);
  });

  it('looks whole microseconds up in tables that agree with ⌈log_γ⌉ everywhere', () => {
    // The definition the tables are built from; any disagreement would change outputs.
    const gamma = (1 + SKETCH_RELATIVE_ERROR) / (1 - SKETCH_RELATIVE_ERROR);
    const logGamma = Math.log(gamma);
    const exact = (us: number): number =>
      us < 1 ? -1 : Math.min(2399, Math.ceil(Math.log(us) / logGamma));
    const mismatches: number[] = [];
    const check = (us: number): void => {
      if (bucketOf(us) !== exact(us)) mismatches.push(us);
    };
    for (let us = 0; us < 200_000; us++) check(us);
    for (let k = 0; k < 1200; k++) {
      // Around every bucket boundary below 2^32 and a little beyond.
      const boundary = Math.round(Math.pow(gamma, k));
      for (let d = -2; d <= 2; d++) check(boundary + d);
    }
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 34 }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        (n, x) => {
          check(n);
          check(n + 0.5);
          check(x);
        },
      ),
      { numRuns: 20_000 },
    );
    expect(mismatches).toEqual([]);
  });
});
