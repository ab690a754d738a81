// The ziggurat for exponential draws: the construction (equal strips that tile the density),
// then the draws, against the exponential distribution itself as the oracle — everywhere (KS),
// strip by strip (chi-square, which a wrong wedge or fast path would fail), and in the tail.
import { describe, expect, it } from 'vitest';
import { ksCritical, ksStatistic } from '../testing/statistics.js';
import { LAYERS, R, V, layerBoundary } from './exponential.js';
import { Rng } from './rng.js';

describe('the exponential ziggurat', () => {
  it('tiles the density with strips of equal area V, from the tail at R up to x = 0', () => {
    expect(layerBoundary(1)).toBe(R);
    // Strip 0: the rectangle up to R plus the tail, ∫_R^∞ e^−x dx = e^−R.
    expect(R * Math.exp(-R) + Math.exp(-R)).toBeCloseTo(V, 15);
    for (let k = 1; k < LAYERS; k++) {
      const xk = layerBoundary(k);
      const next = k + 1 === LAYERS ? 0 : layerBoundary(k + 1);
      expect(next).toBeLessThan(xk);
      expect(xk * (Math.exp(-next) - Math.exp(-xk))).toBeCloseTo(V, 12);
    }
    // The top strip reaches the density's peak: its top edge is e^0 = 1.
    const top = layerBoundary(LAYERS - 1);
    expect(Math.exp(-top) + V / top).toBeCloseTo(1, 12);
  });

  it('draws follow Exp(1) (Kolmogorov–Smirnov) for several seeds, with mean and variance 1', () => {
    for (const seed of [1, 2, 3]) {
      const rng = Rng.fromSeed(seed);
      const xs = Array.from({ length: 50_000 }, () => rng.exponential());
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(ksStatistic(xs, (x) => 1 - Math.exp(-x))).toBeLessThan(ksCritical(xs.length));
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
      // Standard errors: 1/√n for the mean, √(8/n) for the variance of an exponential.
      expect(Math.abs(mean - 1)).toBeLessThan(4 / Math.sqrt(xs.length));
      expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(8 / xs.length));
    }
  });

  it('puts the right share of draws in every strip (chi-square over the strip boundaries)', () => {
    // Bins [x_{k+1}, x_k) have probability e^−x_{k+1} − e^−x_k; the last bin is the tail
    // beyond R. A mistake in the fast path, the wedges or the tail skews some of these bins.
    const n = 1_000_000;
    const edges = [0];
    for (let k = LAYERS - 1; k >= 1; k--) edges.push(layerBoundary(k));
    const counts = new Array<number>(edges.length).fill(0);
    const rng = Rng.fromSeed(11);
    for (let i = 0; i < n; i++) {
      const x = rng.exponential();
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
      const from = edges[b] as number;
      const to = b + 1 < edges.length ? (edges[b + 1] as number) : Infinity;
      const expected = n * (Math.exp(-from) - Math.exp(-to));
      chi += ((counts[b] as number) - expected) ** 2 / expected;
    }
    // 255 degrees of freedom: mean 255, standard deviation √510 ≈ 22.6; 340 is past the
    // 0.999 quantile (about 329).
    expect(chi).toBeLessThan(340);
  });

  it('reaches the tail beyond R as often as e^−R, and is exponential again beyond it', () => {
    // Beyond R the draw comes from the tail, R + Exp(1) by memorylessness: its share and
    // its shape are each checked against the exponential distribution.
    const n = 10_000_000;
    const rng = Rng.fromSeed(4);
    const excess: number[] = [];
    for (let i = 0; i < n; i++) {
      const x = rng.exponential();
      if (x >= R) excess.push(x - R);
    }
    const expected = n * Math.exp(-R); // about 4,540
    expect(Math.abs(excess.length - expected)).toBeLessThan(4 * Math.sqrt(expected));
    expect(ksStatistic(excess, (x) => 1 - Math.exp(-x))).toBeLessThan(ksCritical(excess.length));
  });

  it('is reproducible from its seed', () => {
    const a = Rng.fromSeed(7);
    const b = Rng.fromSeed(7);
    const xs = Array.from({ length: 1000 }, () => a.exponential());
    expect(Array.from({ length: 1000 }, () => b.exponential())).toEqual(xs);
  });
});
