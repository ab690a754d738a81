import { describe, expect, it } from 'vitest';
import { drawCause } from './challenge.js';

const candidates = ['a', 'b', 'c', 'd'].map((id) => ({
  id,
  label: id,
  edits: [{ path: 'x', value: 1 }],
  explanation: id,
}));

describe('drawCause', () => {
  it('is a function of the seed', () => {
    expect(drawCause(candidates, 42)).toBe(drawCause(candidates, 42));
  });

  it('spreads consecutive seeds evenly over the candidates', () => {
    const counts = new Map<string, number>();
    const seeds = 4000;
    for (let seed = 1; seed <= seeds; seed++) {
      const id = drawCause(candidates, seed).id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    // Chi-square with 3 degrees of freedom: 16.27 is its 99.9th percentile.
    const expected = seeds / candidates.length;
    const chi2 = [...counts.values()].reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    expect(counts.size).toBe(4);
    expect(chi2).toBeLessThan(16.27);
  });

  it('changes the answer often when the learner re-rolls the seed', () => {
    let changes = 0;
    for (let seed = 1; seed < 1000; seed++)
      if (drawCause(candidates, seed).id !== drawCause(candidates, seed + 1).id) changes++;
    // Independent draws would change 3 times in 4.
    expect(changes / 999).toBeGreaterThan(0.65);
  });
});
