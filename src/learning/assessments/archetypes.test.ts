import { describe, expect, it } from 'vitest';
import type { ArchetypeAssessment } from '../../curriculum/schema/assessments.js';
import { checkArchetypeAnswers, compareArchetypes, scoreArchetypes } from './archetypes.js';

const archetypes: ArchetypeAssessment['archetypes'] = [
  { id: 'tech-lead', title: 'Tech Lead', summary: 'x' },
  { id: 'architect', title: 'Architect', summary: 'x' },
  { id: 'solver', title: 'Solver', summary: 'x' },
  { id: 'right-hand', title: 'Right Hand', summary: 'x' },
];

const interpretation = (primary: string, secondary: string) => ({
  primary,
  secondary,
  text: `${primary} then ${secondary}`,
});

const definition = {
  title: 'T',
  intro: 'I',
  archetypes,
  scoring: { method: 'sum', description: 'Sum.' },
  items: [
    {
      id: 'i1',
      prompt: 'One?',
      options: [
        { id: 'a', text: 'a', scores: { solver: 4 } },
        { id: 'b', text: 'b', scores: { 'tech-lead': 4 } },
        { id: 'c', text: 'c', scores: { architect: 4, solver: 1 } },
        { id: 'd', text: 'd', scores: { 'right-hand': 4 } },
      ],
    },
    {
      id: 'i2',
      prompt: 'Two?',
      options: [
        { id: 'a', text: 'a', scores: { 'tech-lead': 4, solver: 1 } },
        { id: 'b', text: 'b', scores: { solver: 4 } },
        { id: 'c', text: 'c', scores: { architect: 4 } },
        { id: 'd', text: 'd', scores: { 'right-hand': 4 } },
      ],
    },
    {
      id: 'i3',
      prompt: 'Three?',
      options: [
        { id: 'a', text: 'a', scores: { architect: 3 } },
        { id: 'b', text: 'b', scores: { 'tech-lead': 3, architect: 1 } },
        { id: 'c', text: 'c', scores: { solver: 3 } },
        { id: 'd', text: 'd', scores: { 'right-hand': 3 } },
      ],
    },
  ],
  interpretations: [
    interpretation('architect', 'solver'),
    interpretation('architect', 'tech-lead'),
    interpretation('solver', 'tech-lead'),
    interpretation('tech-lead', 'solver'),
    interpretation('tech-lead', 'right-hand'),
  ],
} as ArchetypeAssessment;

const score = (items: Record<string, string>, def = definition) => scoreArchetypes(def, { items });

describe('the archetype questionnaire', () => {
  it('sums the points of the chosen options per archetype', () => {
    // architect 4 + 4 + 3 = 11; solver 1 (from i1.c); the others 0.
    const result = score({ i1: 'c', i2: 'c', i3: 'a' });
    expect(result.ranking.map((a) => [a.id, a.score])).toEqual([
      ['architect', 11],
      ['solver', 1],
      ['tech-lead', 0],
      ['right-hand', 0],
    ]);
    expect(result).toMatchObject({
      primary: 'architect',
      secondary: 'solver',
      interpretation: 'architect then solver',
    });
    // 11 − 1 is no close call; solver 1 and tech-lead 0 are within 3 points.
    expect(result.closeCalls.map((c) => c.text)).toEqual(['architect then tech-lead']);
  });

  it('breaks a tie by the order of the archetypes list, whatever that order is', () => {
    // tech-lead 4 (i1.b), solver 4 (i2.b), right-hand 3 (i3.d), architect 0.
    const answers = { i1: 'b', i2: 'b', i3: 'd' };
    const listed = score(answers);
    expect(listed.ranking.map((a) => a.id)).toEqual([
      'tech-lead',
      'solver',
      'right-hand',
      'architect',
    ]);
    expect(listed).toMatchObject({ primary: 'tech-lead', secondary: 'solver' });
    expect(listed.interpretation).toBe('tech-lead then solver');
    // Both neighbours are near: 4 − 4 = 0 and 4 − 3 = 1.
    expect(listed.closeCalls.map((c) => c.text)).toEqual([
      'solver then tech-lead',
      'tech-lead then right-hand',
    ]);
    const reordered = { ...definition, archetypes: [archetypes[2]!, ...archetypes.slice(0, 2)] };
    reordered.archetypes.push(archetypes[3]!);
    expect(score(answers, reordered)).toMatchObject({ primary: 'solver', secondary: 'tech-lead' });
  });

  it('answers null when the file has no interpretation for the pair', () => {
    // right-hand 4 + 4 + 3 = 11, then tech-lead, architect and solver at 0: tech-lead second.
    const result = score({ i1: 'd', i2: 'd', i3: 'd' });
    expect(result).toMatchObject({ primary: 'right-hand', secondary: 'tech-lead' });
    expect(result.interpretation).toBeNull();
    expect(result.closeCalls).toEqual([]);
  });

  it('refuses a missing item, an unknown item and an unknown option, each at its path', () => {
    expect(checkArchetypeAnswers(definition, { items: { i1: 'e', i3: 'a', i9: 'a' } })).toEqual({
      ok: false,
      problems: [
        { path: 'items.i9', message: expect.stringContaining('unknown item "i9"') },
        {
          path: 'items.i1',
          message: 'unknown option "e": this item\'s options are a, b, c, d',
        },
        { path: 'items.i2', message: 'choose one option (a, b, c, d): "Two?"' },
      ],
    });
    expect(checkArchetypeAnswers(definition, { items: { i1: 1, i2: 'a', i3: 'a' } })).toMatchObject(
      { ok: false, problems: [{ path: 'items.i1' }] },
    );
    expect(checkArchetypeAnswers(definition, 'a, b, c')).toMatchObject({
      ok: false,
      problems: [{ path: 'items' }],
    });
    expect(checkArchetypeAnswers(definition, { items: { i1: 'a', i2: 'b', i3: 'c' } })).toEqual({
      ok: true,
      answers: { items: { i1: 'a', i2: 'b', i3: 'c' } },
    });
  });

  it('compares the totals of two results in the fixed archetype order', () => {
    const before = score({ i1: 'c', i2: 'c', i3: 'a' });
    const after = score({ i1: 'b', i2: 'b', i3: 'd' });
    expect(compareArchetypes(before, after)).toEqual({
      archetypes: [
        { id: 'tech-lead', title: 'Tech Lead', from: 0, to: 4, change: 4 },
        { id: 'architect', title: 'Architect', from: 11, to: 0, change: -11 },
        { id: 'solver', title: 'Solver', from: 1, to: 4, change: 3 },
        { id: 'right-hand', title: 'Right Hand', from: 0, to: 3, change: 3 },
      ],
      primary: { from: 'architect', to: 'tech-lead' },
      secondary: { from: 'solver', to: 'solver' },
    });
  });
});
