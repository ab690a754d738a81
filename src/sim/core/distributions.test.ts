import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DistributionSpec } from '../scenario/distribution.js';
import { ksCritical, ksStatistic } from '../testing/statistics.js';
import { Sampler, normalCdf, roundMicros } from './distributions.js';
import { Rng } from './rng.js';

function draw(spec: DistributionSpec, n = 20_000, seed = 5): number[] {
  const sampler = Sampler.fromSpec(spec);
  const rng = Rng.fromSeed(seed);
  return Array.from({ length: n }, () => sampler.sampleExact(rng));
}

// CDFs in microseconds, from the textbook definitions.
const cases: { name: string; spec: DistributionSpec; cdf: (x: number) => number; mean: number }[] =
  [
    {
      name: 'exponential',
      spec: { kind: 'exponential', mean: '5ms' },
      cdf: (x) => 1 - Math.exp(-x / 5000),
      mean: 5000,
    },
    {
      name: 'uniform',
      spec: { kind: 'uniform', min: '1ms', max: '3ms' },
      cdf: (x) => Math.min(1, Math.max(0, (x - 1000) / 2000)),
      mean: 2000,
    },
    {
      name: 'lognormal (median, p99)',
      spec: { kind: 'lognormal', median: '20ms', p99: '120ms' },
      cdf: (x) => normalCdf((Math.log(x) - Math.log(20_000)) / (Math.log(6) / 2.3263478740408408)),
      mean: 20_000 * Math.exp((Math.log(6) / 2.3263478740408408) ** 2 / 2),
    },
    {
      name: 'pareto',
      spec: { kind: 'pareto', min: '1ms', alpha: 3 },
      cdf: (x) => (x < 1000 ? 0 : 1 - (1000 / x) ** 3),
      mean: 1500,
    },
    {
      name: 'normal, folded at zero',
      spec: { kind: 'normal', mean: '10ms', stddev: '2ms' },
      cdf: (x) => normalCdf((x - 10_000) / 2000) - normalCdf((-x - 10_000) / 2000),
      mean: 10_000,
    },
  ];

describe('Sampler', () => {
  for (const c of cases) {
    it(`${c.name}: draws follow the CDF (Kolmogorov–Smirnov) and mean() is right`, () => {
      const xs = draw(c.spec);
      expect(ksStatistic(xs, c.cdf)).toBeLessThan(ksCritical(xs.length));
      expect(Sampler.fromSpec(c.spec).mean()).toBeCloseTo(c.mean, -1);
    });
  }

  it('constant draws its value; empirical draws values with their weights', () => {
    expect(new Set(draw({ kind: 'constant', value: '250ms' }, 100))).toEqual(new Set([250_000]));
    const xs = draw(
      { kind: 'empirical', values: ['1ms', '2ms', '3ms'], weights: [1, 2, 1] },
      40_000,
    );
    const share = xs.filter((x) => x === 2000).length / xs.length;
    expect(Math.abs(share - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / xs.length));
    expect(
      Sampler.fromSpec({
        kind: 'empirical',
        values: ['1ms', '2ms', '3ms'],
        weights: [1, 2, 1],
      }).mean(),
    ).toBeCloseTo(2000, 6);
  });

  it('sample() returns whole microseconds', () => {
    const sampler = Sampler.fromSpec({ kind: 'exponential', mean: '1ms' });
    const rng = Rng.fromSeed(1);
    for (let i = 0; i < 1000; i++) expect(Number.isInteger(sampler.sample(rng))).toBe(true);
  });
});

describe('roundMicros', () => {
  it('equals Math.round for every non-negative number, the floating-point edges included', () => {
    const edges = [
      0,
      0.5,
      1.5,
      2.5,
      0.49999999999999994, // x + 0.5 rounds up to 1 in floating point
      4503599627370495.5, // 2^52 − 0.5
      4503599627370497, // 2^52 + 1: x + 0.5 is a tie that rounds to even
      2 ** 53 + 2,
      1e300,
      Infinity,
    ];
    for (const x of edges) expect(roundMicros(x)).toBe(Math.round(x));
    expect(roundMicros(NaN)).toBeNaN();
    fc.assert(
      fc.property(
        fc.double({ min: 0, noNaN: true }).filter((x) => !Object.is(x, -0)),
        (x) => {
          expect(roundMicros(x)).toBe(Math.round(x));
        },
      ),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.double({ min: 0, max: 1 }), (n, f) => {
        expect(roundMicros(n + f)).toBe(Math.round(n + f));
      }),
      { numRuns: 20000 },
    );
  });

  it('differs from Math.round only in the sign of zero, for −0.5 ≤ x ≤ −0', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        if (x >= -0.5 && (x < 0 || Object.is(x, -0))) expect(roundMicros(x)).toBe(0);
        else expect(roundMicros(x)).toBe(Math.round(x));
      }),
      { numRuns: 20000 },
    );
  });
});
