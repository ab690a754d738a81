import { describe, expect, it } from 'vitest';
import { Sampler } from './distributions.js';
import { DrawAhead } from './draw-ahead.js';
import { Rng } from './rng.js';

describe('DrawAhead', () => {
  it('hands out exactly the draws, in the order, that drawing one at a time gives', () => {
    const sampler = Sampler.fromSpec({ kind: 'lognormal', median: '20ms', p99: '120ms' });
    const ahead = new DrawAhead(Rng.fromSeed(7), sampler);
    const oneByOne = Rng.fromSeed(7);
    // Several refills, so a value from every position of the buffer is compared.
    for (let i = 0; i < 1000; i++) expect(ahead.next()).toBe(sampler.sample(oneByOne));
  });

  it('draws standard exponentials when it has no sampler', () => {
    const ahead = new DrawAhead(Rng.fromSeed(3), null);
    const oneByOne = Rng.fromSeed(3);
    const values = Array.from({ length: 600 }, () => ahead.next());
    expect(values).toEqual(Array.from({ length: 600 }, () => oneByOne.exponential()));
    // Not a constant or a repeated block: the draws differ from one another.
    expect(new Set(values).size).toBe(600);
  });
});
