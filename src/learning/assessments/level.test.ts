import { describe, expect, it } from 'vitest';
import type { LevelAssessment } from '../../curriculum/schema/assessments.js';
import {
  checkLevelAnswers,
  compareLevel,
  placementLabel,
  scoreLevel,
  type LevelAnswers,
} from './level.js';

const descriptors = { senior: 'S.', staff: 'St.', principal: 'P.' };
const dimension = (id: string) => ({
  id,
  title: id.toUpperCase(),
  descriptors,
  evidence: 'Name it.',
  topics: [],
});

// Listed a, b, c, d; the evidence of d takes longest to produce and that of a the shortest.
const definition: LevelAssessment = {
  title: 'T',
  intro: 'I',
  slowestEvidenceFirst: ['d', 'c', 'b', 'a'],
  dimensions: ['a', 'b', 'c', 'd'].map(dimension),
};

const answers = (
  target: 2 | 3,
  placed: Record<string, [LevelAnswers['dimensions'][string]['placement'], string]>,
): LevelAnswers => ({
  target,
  dimensions: Object.fromEntries(
    Object.entries(placed).map(([id, [placement, evidence]]) => [id, { placement, evidence }]),
  ),
});

describe('the level self-assessment', () => {
  it('counts a placement above Senior without evidence as Senior', () => {
    const result = scoreLevel(
      definition,
      answers(2, { a: [2, ''], b: [2.5, 'ADR-12, March, 4 teams'], c: [1, ''], d: [1.5, ''] }),
    );
    expect(result.dimensions.map((d) => [d.id, d.placement, d.counted])).toEqual([
      ['a', 2, 1],
      ['b', 2.5, 2.5],
      ['c', 1, 1],
      ['d', 1.5, 1],
    ]);
  });

  it('treats whitespace as no evidence', () => {
    const checked = checkLevelAnswers(definition, {
      target: 2,
      dimensions: {
        a: { placement: 3, evidence: '   \n ' },
        b: { placement: 1 },
        c: { placement: 2, evidence: ' RFC ' },
        d: { placement: 1, evidence: '' },
      },
    });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.answers.dimensions.c!.evidence).toBe('RFC');
    const result = scoreLevel(definition, checked.answers);
    expect(result.dimensions.map((d) => d.counted)).toEqual([1, 1, 2, 1]);
  });

  it('computes gaps as target minus counted placement and names the two largest', () => {
    // Target Principal (3): counted a 2.5, b 1.5, c 2, d 3 → gaps 0.5, 1.5, 1, 0.
    const result = scoreLevel(
      definition,
      answers(3, { a: [2.5, 'x'], b: [1.5, 'x'], c: [2, 'x'], d: [3, 'x'] }),
    );
    expect(result.dimensions.map((d) => d.gap)).toEqual([0.5, 1.5, 1, 0]);
    expect(result.largestGaps).toEqual(['b', 'c']);
  });

  it('breaks a tie by the dimension whose evidence takes longest to produce', () => {
    // Target Staff: counted a 1, b 1, c 1.5, d 1 (2 without evidence) → gaps 1, 1, 0.5, 1.
    // a, b and d tie at 1; slowest evidence first is d, then b (c is not tied), then a.
    const result = scoreLevel(
      definition,
      answers(2, { a: [1, 'x'], b: [1, 'x'], c: [1.5, 'x'], d: [2, ''] }),
    );
    expect(result.largestGaps).toEqual(['d', 'b']);
  });

  it('names only positive gaps: none when every dimension is at or past the target', () => {
    const past = scoreLevel(
      definition,
      answers(2, { a: [2, 'x'], b: [2.5, 'x'], c: [3, 'x'], d: [2, 'x'] }),
    );
    expect(past.dimensions.map((d) => d.gap)).toEqual([0, -0.5, -1, 0]);
    expect(past.largestGaps).toEqual([]);
    const one = scoreLevel(
      definition,
      answers(2, { a: [2, 'x'], b: [2, 'x'], c: [1.5, 'x'], d: [2, 'x'] }),
    );
    expect(one.largestGaps).toEqual(['c']);
  });

  it('refuses answers with the path of every problem', () => {
    const checked = checkLevelAnswers(definition, {
      target: 1,
      dimensions: {
        a: { placement: 1.7, evidence: 'x' },
        b: { placement: 2, evidence: 'x'.repeat(2001) },
        c: { placement: 2 },
        e: { placement: 2 },
      },
    });
    expect(checked).toEqual({
      ok: false,
      problems: [
        { path: 'target', message: expect.stringMatching(/^the target level is 2 .* not 1$/) },
        { path: 'dimensions.e', message: expect.stringContaining('unknown dimension "e"') },
        {
          path: 'dimensions.a.placement',
          message: expect.stringContaining('1, 1.5, 2, 2.5 or 3'),
        },
        { path: 'dimensions.b.evidence', message: expect.stringContaining('2000 characters') },
        { path: 'dimensions.d', message: expect.stringContaining('place yourself on "D"') },
      ],
    });
    expect(checkLevelAnswers(definition, [1, 2])).toMatchObject({ ok: false });
    expect(checkLevelAnswers(definition, { target: 2 })).toMatchObject({
      ok: false,
      problems: [{ path: 'dimensions' }],
    });
  });

  it('compares two results dimension by dimension', () => {
    const before = scoreLevel(
      definition,
      answers(2, { a: [1, 'x'], b: [1.5, 'x'], c: [2, ''], d: [2, 'x'] }),
    );
    const after = scoreLevel(
      definition,
      answers(3, { a: [2, 'x'], b: [1.5, 'x'], c: [2, 'now with an RFC'], d: [1.5, 'x'] }),
    );
    // c counted 1 before (no evidence) and 2 after.
    expect(compareLevel(before, after)).toEqual({
      target: { from: 2, to: 3 },
      dimensions: [
        { id: 'a', title: 'A', from: 1, to: 2, change: 1 },
        { id: 'b', title: 'B', from: 1.5, to: 1.5, change: 0 },
        { id: 'c', title: 'C', from: 1, to: 2, change: 1 },
        { id: 'd', title: 'D', from: 2, to: 1.5, change: -0.5 },
      ],
    });
  });

  it('keeps a dimension only one of the compared results has', () => {
    const before = scoreLevel(
      definition,
      answers(2, { a: [1, 'x'], b: [1, 'x'], c: [1, 'x'], d: [1, 'x'] }),
    );
    const after = { ...before, dimensions: before.dimensions.filter((d) => d.id !== 'a') };
    expect(compareLevel(before, after).dimensions.at(-1)).toEqual({
      id: 'a',
      title: 'A',
      from: 1,
      to: null,
      change: null,
    });
  });

  it('names placements in words', () => {
    expect(placementLabel(1)).toBe('1 (Senior)');
    expect(placementLabel(2.5)).toBe('2.5 (Staff to Principal)');
    expect(placementLabel(1.5)).toBe('1.5 (Senior to Staff)');
  });
});
