import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { baselineKnobs, readLabUrl, rerollSeed, runKey, writeLabUrl } from './url-state.js';
import { testLab } from './test-lab.js';

const spikeValues = Array.from({ length: 9 }, (_, i) => 1 + i * 0.25);

describe('lab URL state', () => {
  it('opens at the baseline and the lab seed with a clean address', () => {
    const state = readLabUrl(testLab, new URLSearchParams(''));
    expect(state).toEqual({
      knobs: { spike: 2, budget: 0, backoff: 'none' },
      seed: 3,
      notices: [],
    });
    expect(writeLabUrl(testLab, state.knobs, state.seed).toString()).toBe('');
  });

  it('writes only what differs from the baseline and reads it back', () => {
    const params = writeLabUrl(testLab, { spike: 2, budget: 0.1, backoff: 'none' }, 7);
    expect(params.toString()).toBe('budget=0.1&seed=7');
    expect(readLabUrl(testLab, params)).toEqual({
      knobs: { spike: 2, budget: 0.1, backoff: 'none' },
      seed: 7,
      notices: [],
    });
  });

  it('round-trips every combination of valid values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...spikeValues),
        fc.constantFrom(0, 0.1),
        fc.constantFrom('none', 'full-jitter'),
        fc.integer({ min: 0, max: 4_294_967_295 }),
        (spike, budget, backoff, seed) => {
          const knobs = { spike, budget, backoff };
          const back = readLabUrl(
            testLab,
            new URLSearchParams(writeLabUrl(testLab, knobs, seed).toString()),
          );
          expect(back).toEqual({ knobs, seed, notices: [] });
        },
      ),
    );
  });

  it('keeps parameters it does not own', () => {
    const params = writeLabUrl(
      testLab,
      baselineKnobs(testLab),
      3,
      new URLSearchParams('tab=x&budget=0.1'),
    );
    expect(params.toString()).toBe('tab=x');
  });

  it.each([
    ['spike=9', 'spike', '"spike" must be from 1 to 3 x, not 9'],
    ['spike=abc', 'spike', '"spike" is a number from 1 to 3, not "abc"'],
    ['spike=', 'spike', '"spike" is a number from 1 to 3, not ""'],
    ['spike=1.1', 'spike', 'moves in steps of 0.25 from 1, so 1.1 is not one of its values'],
    ['budget=0.5', 'budget', '"budget" is one of 0, 0.1, not "0.5"'],
    ['backoff=fast', 'backoff', '"backoff" is one of "none", "full-jitter", not "fast"'],
  ])('falls back to the baseline for %s with a notice', (query, knob, message) => {
    const state = readLabUrl(testLab, new URLSearchParams(query));
    expect(state.knobs[knob]).toBe(baselineKnobs(testLab)[knob]);
    expect(state.notices).toHaveLength(1);
    expect(state.notices[0]).toContain(message);
    expect(state.notices[0]).toContain('using the baseline instead');
  });

  it.each(['-1', '1.5', 'seven', '', '4294967296'])('refuses the seed %j', (seed) => {
    const state = readLabUrl(testLab, new URLSearchParams({ seed }));
    expect(state.seed).toBe(3);
    expect(state.notices[0]).toMatch(/The seed must be a whole number/);
  });

  it('keeps the valid values when another one is bad', () => {
    const state = readLabUrl(testLab, new URLSearchParams('spike=2.5&budget=9&seed=11'));
    expect(state.knobs).toEqual({ spike: 2.5, budget: 0, backoff: 'none' });
    expect(state.seed).toBe(11);
    expect(state.notices).toHaveLength(1);
  });

  it('keys a run by its values, not their order', () => {
    expect(runKey({ a: 1, b: 'x' }, 4)).toBe(runKey({ b: 'x', a: 1 }, 4));
    expect(runKey({ a: 1 }, 4)).not.toBe(runKey({ a: 1 }, 5));
  });

  it('re-rolls to a different seed', () => {
    expect(rerollSeed(5, () => 5 / 1_000_000)).toBe(6);
    expect(rerollSeed(5, () => 0.5)).toBe(500_000);
  });
});
