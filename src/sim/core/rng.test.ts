import { describe, expect, it } from 'vitest';
import { ksCritical, ksStatistic } from '../testing/statistics.js';
import { Rng } from './rng.js';
import { normalCdf } from './distributions.js';

describe('Rng', () => {
  it('is reproducible from its seed and streams differ', () => {
    const a = Rng.fromSeed(42);
    const b = Rng.fromSeed(42);
    const xs = Array.from({ length: 5 }, () => a.next01());
    expect(Array.from({ length: 5 }, () => b.next01())).toEqual(xs);
    const s1 = Rng.fromSeed(42).stream(0);
    const s2 = Rng.fromSeed(42).stream(1);
    expect(s1.next01()).not.toBe(s2.next01());
  });

  it('draws uniform doubles in [0, 1) (Kolmogorov–Smirnov) for nearby seeds', () => {
    for (const seed of [0, 1, 2]) {
      const rng = Rng.fromSeed(seed);
      const xs = Array.from({ length: 20_000 }, () => rng.next01());
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThan(1);
      expect(ksStatistic(xs, (x) => x)).toBeLessThan(ksCritical(xs.length));
    }
  });

  it('draws standard normals (Kolmogorov–Smirnov)', () => {
    const rng = Rng.fromSeed(9);
    const xs = Array.from({ length: 20_000 }, () => rng.normal());
    expect(ksStatistic(xs, normalCdf)).toBeLessThan(ksCritical(xs.length));
  });

  it('below(n) hits every integer in [0, n) about equally often', () => {
    const rng = Rng.fromSeed(3);
    const counts = new Array(7).fill(0);
    for (let i = 0; i < 70_000; i++) counts[rng.below(7)]++;
    // Chi-square with 6 degrees of freedom; 22.46 is its 0.999 quantile.
    const chi = counts.reduce((acc, c) => acc + (c - 10_000) ** 2 / 10_000, 0);
    expect(chi).toBeLessThan(22.46);
  });
});
