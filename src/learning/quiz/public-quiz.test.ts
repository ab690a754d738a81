import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quizSchema } from '../../curriculum/schema/quiz.js';
import { publicQuiz, shuffle, type RandomBelow } from './public-quiz.js';

const quiz = quizSchema.parse({
  questions: [
    {
      id: 't.q-choice',
      prompt: 'Pick one',
      choices: [
        { id: 'a', text: 'Alpha', why: 'Why alpha is wrong' },
        { id: 'b', text: 'Beta', correct: true, why: 'Why beta is right' },
        { id: 'c', text: 'Gamma', why: 'Why gamma is wrong' },
      ],
    },
    {
      id: 't.q-number',
      kind: 'numeric',
      prompt: 'How many?',
      answer: 36,
      tolerance: 0.5,
      unit: 'attempts',
      why: 'Because 2 × 3 × 3 × 2',
    },
  ],
  cards: [{ id: 't.c-one', front: 'Front', back: 'Back' }],
});

/** A RandomBelow that replays fixed draws, each reduced into range. */
const replay = (draws: readonly number[]): RandomBelow => {
  let k = 0;
  return (n) => (draws.length === 0 ? 0 : draws[k++ % draws.length]! % n);
};

describe('shuffle', () => {
  it('returns a permutation of its input for any draws', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.array(fc.nat()), (items, draws) => {
        const out = shuffle(items, replay(draws));
        expect(out).toHaveLength(items.length);
        expect([...out].sort()).toEqual([...items].sort());
      }),
    );
  });

  it('maps the n! possible draw sequences one-to-one onto the n! orders (so it is uniform)', () => {
    // Fisher–Yates draws j ∈ [0, i] for i = n-1 … 1: (n)(n-1)…2 sequences in all.
    const items = ['a', 'b', 'c', 'd'];
    const orders = new Set<string>();
    for (let a = 0; a < 4; a++)
      for (let b = 0; b < 3; b++)
        for (let c = 0; c < 2; c++) orders.add(shuffle(items, replay([a, b, c])).join(''));
    expect(orders.size).toBe(24);
  });

  it('leaves its input alone', () => {
    const items = [1, 2, 3];
    shuffle(items, () => 0);
    expect(items).toEqual([1, 2, 3]);
  });
});

describe('publicQuiz', () => {
  it('reveals neither the right choice, nor any why, nor the numeric answer or tolerance', () => {
    const text = JSON.stringify(publicQuiz(quiz, replay([1, 0])));
    for (const secret of ['correct', 'why', 'Why', 'answer', 'tolerance', '36', '0.5'])
      expect(text).not.toContain(secret);
    expect(text).not.toContain('cards');
  });

  it('keeps the questions in order, with prompts, choice texts and the unit', () => {
    const questions = publicQuiz(quiz, replay([0]));
    expect(questions.map((q) => q.id)).toEqual(['t.q-choice', 't.q-number']);
    expect(questions[1]).toEqual({
      id: 't.q-number',
      kind: 'numeric',
      prompt: 'How many?',
      unit: 'attempts',
    });
    const choice = questions[0]!;
    if (choice.kind !== 'choice') throw new Error('expected a choice question');
    expect(new Set(choice.choices.map((c) => `${c.id}:${c.text}`))).toEqual(
      new Set(['a:Alpha', 'b:Beta', 'c:Gamma']),
    );
  });

  it('orders the options by the random source', () => {
    // i = 2 draws 0 (swap c↔a: c b a), i = 1 draws 0 (swap b↔c: b c a).
    const first = publicQuiz(quiz, replay([0, 0]))[0]!;
    const second = publicQuiz(quiz, replay([2, 1]))[0]!;
    if (first.kind !== 'choice' || second.kind !== 'choice') throw new Error('choice expected');
    expect(first.choices.map((c) => c.id)).toEqual(['b', 'c', 'a']);
    expect(second.choices.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('gives an empty list for a topic without a quiz', () => {
    expect(publicQuiz(undefined, () => 0)).toEqual([]);
  });
});
