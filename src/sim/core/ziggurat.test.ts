// The ziggurats for exponential and normal draws: the construction (equal strips that tile the
// density), then the draws against the distributions themselves as oracles — everywhere (KS),
// strip by strip (chi-square, which a wrong wedge or fast path fails) and in the tail (its
// share and its shape, which a wrong tail fails).
import { describe, expect, it } from 'vitest';
import { ksCritical, ksStatistic } from '../testing/statistics.js';
import { normalCdf } from './distributions.js';
import { Rng } from './rng.js';
import { EXPONENTIAL, HALF_NORMAL, type Ziggurat } from './ziggurat.js';

interface Case {
  name: string;
  table: Ziggurat;
  /** The unnormalised density the table covers, on x ≥ 0. */
  f: (x: number) => number;
  /** P(X ≥ x) of the drawn magnitude, x ≥ 0. */
  survival: (x: number) => number;
  /** One draw's magnitude. */
  draw: (rng: Rng) => number;
}

const cases: Case[] = [
  {
    name: 'exponential',
    table: EXPONENTIAL,
    f: (x) => Math.exp(-x),
    survival: (x) => Math.exp(-x),
    draw: (rng) => rng.exponential(),
  },
  {
    name: 'normal (its magnitude, a half-normal)',
    table: HALF_NORMAL,
    f: (x) => Math.exp(-0.5 * x * x),
    survival: (x) => 2 * (1 - normalCdf(x)),
    draw: (rng) => Math.abs(rng.normal()),
  },
];

describe.each(cases)('the $name ziggurat', ({ table, f, survival, draw }) => {
  it('tiles the density with strips of equal area V, from the tail at R up to x = 0', () => {
    const { layers, r, v, x } = table;
    expect(x[1]).toBe(r);
    // Strip 0: the rectangle up to R plus the tail beyond it, ∫_R^∞ f, by the trapezoid rule.
    let tail = 0;
    for (let t = r, step = 1e-4; t < r + 40; t += step) tail += ((f(t) + f(t + step)) / 2) * step;
    expect(r * f(r) + tail).toBeCloseTo(v, 8);
    for (let k = 1; k < layers; k++) {
      const xk = x[k] as number;
      const next = x[k + 1] as number;
      expect(next).toBeLessThan(xk);
      expect(xk * (f(next) - f(xk))).toBeCloseTo(v, 10);
    }
    expect(x[layers]).toBe(0);
  });

  it('draws follow the distribution (Kolmogorov–Smirnov) for several seeds', () => {
    for (const seed of [1, 2, 3]) {
      const rng = Rng.fromSeed(seed);
      const xs = Array.from({ length: 50_000 }, () => draw(rng));
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(ksStatistic(xs, (x) => 1 - survival(x))).toBeLessThan(ksCritical(xs.length));
    }
  });

  it('puts the right share of draws in every strip (chi-square over the strip boundaries)', () => {
    // Bins [x_{k+1}, x_k) and, last, the tail beyond R. A mistake in the fast path or the
    // wedges skews some of these bins.
    const n = 1_000_000;
    const edges = Array.from({ length: table.layers }, (_, i) => table.x[table.layers - i]!);
    const counts = new Array<number>(edges.length).fill(0);
    const rng = Rng.fromSeed(11);
    for (let i = 0; i < n; i++) {
      const x = draw(rng);
      let lo = 0;
      let hi = edges.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((edges[mid] as number) <= x) lo = mid;
        else hi = mid - 1;
      }
      counts[lo]!++;
    }
    let chi = 0;
    for (let b = 0; b < edges.length; b++) {
      const to = b + 1 < edges.length ? survival(edges[b + 1] as number) : 0;
      const expected = n * (survival(edges[b] as number) - to);
      chi += ((counts[b] as number) - expected) ** 2 / expected;
    }
    // Chi-square with d = layers − 1 degrees of freedom: d + 4.5·√(2d) is past its 0.999
    // quantile (329 for d = 255, 181 for d = 127; the bound is 357 and 199).
    const d = edges.length - 1;
    expect(chi).toBeLessThan(d + 4.5 * Math.sqrt(2 * d));
  });

  it('reaches the tail beyond R as often as it should, and the tail has the right shape', () => {
    const n = 10_000_000;
    const rng = Rng.fromSeed(4);
    const beyond: number[] = [];
    for (let i = 0; i < n; i++) {
      const x = draw(rng);
      if (x >= table.r) beyond.push(x);
    }
    const share = survival(table.r);
    const expected = n * share; // about 4,540 for the exponential, 5,760 for the normal
    expect(Math.abs(beyond.length - expected)).toBeLessThan(4 * Math.sqrt(expected));
    // Given X ≥ R: P(X < x) = 1 − survival(x) / survival(R).
    const cdf = (x: number): number => 1 - survival(x) / share;
    expect(ksStatistic(beyond, cdf)).toBeLessThan(ksCritical(beyond.length));
  });

  it('is reproducible from its seed', () => {
    const a = Rng.fromSeed(7);
    const b = Rng.fromSeed(7);
    const xs = Array.from({ length: 1000 }, () => draw(a));
    expect(Array.from({ length: 1000 }, () => draw(b))).toEqual(xs);
  });
});

describe('normal draws', () => {
  it('are symmetric: each sign half the time, and the same magnitudes on either side', () => {
    const rng = Rng.fromSeed(5);
    const n = 200_000;
    const positive: number[] = [];
    const negative: number[] = [];
    for (let i = 0; i < n; i++) {
      const x = rng.normal();
      (x < 0 ? negative : positive).push(Math.abs(x));
    }
    expect(Math.abs(positive.length - n / 2)).toBeLessThan(4 * Math.sqrt(n / 4));
    const halfNormal = (x: number): number => 2 * normalCdf(x) - 1;
    expect(ksStatistic(positive, halfNormal)).toBeLessThan(ksCritical(positive.length));
    expect(ksStatistic(negative, halfNormal)).toBeLessThan(ksCritical(negative.length));
  });
});
