import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quizSchema, type Quiz } from '../../curriculum/schema/quiz.js';
import { answerProblems, gradeQuiz, passes, passMark, withinTolerance } from './grade.js';

const choice = (id: string, right: string) => ({
  id,
  prompt: `Prompt of ${id}`,
  choices: ['a', 'b', 'c'].map((c) => ({
    id: c,
    text: `Option ${c}`,
    why: `Why ${c} of ${id}`,
    ...(c === right ? { correct: true } : {}),
  })),
});

const quiz: Quiz = quizSchema.parse({
  questions: [
    choice('t.q-one', 'b'),
    choice('t.q-two', 'c'),
    {
      id: 't.q-expected',
      kind: 'numeric',
      prompt: 'Expected attempts?',
      answer: 1.417,
      tolerance: 0.01,
      unit: 'attempts',
      why: 'Geometric series',
    },
    {
      id: 't.q-exact',
      kind: 'numeric',
      prompt: 'Attempts at the bottom?',
      answer: 36,
      tolerance: 0,
      why: 'They multiply',
    },
  ],
});

describe('pass mark', () => {
  it('passes at 75% and above', () => {
    expect(passMark).toBe(0.75);
    expect(passes(3 / 4)).toBe(true);
    expect(passes(1)).toBe(true);
    expect(passes(2 / 3)).toBe(false);
    expect(passes(0.749)).toBe(false);
  });

  it('passes exactly when 4 × correct ≥ 3 × total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.nat(200), (total, k) => {
        const correct = k % (total + 1);
        expect(passes(correct / total)).toBe(4 * correct >= 3 * total);
      }),
    );
  });
});

describe('withinTolerance', () => {
  it('includes both ends of answer ± tolerance, despite binary rounding of decimals', () => {
    expect(withinTolerance(1.427, 1.417, 0.01)).toBe(true);
    expect(withinTolerance(1.407, 1.417, 0.01)).toBe(true);
    expect(withinTolerance(1.4271, 1.417, 0.01)).toBe(false);
    expect(withinTolerance(1.4069, 1.417, 0.01)).toBe(false);
    expect(withinTolerance(16.9, 16.7, 0.2)).toBe(true);
    expect(withinTolerance(16.91, 16.7, 0.2)).toBe(false);
  });

  it('with tolerance 0 accepts only the answer', () => {
    expect(withinTolerance(36, 36, 0)).toBe(true);
    expect(withinTolerance(36.001, 36, 0)).toBe(false);
    expect(withinTolerance(35.999, 36, 0)).toBe(false);
  });
});

describe('gradeQuiz', () => {
  it('grades choices by id, numbers by tolerance, and counts unanswered as wrong', () => {
    const grade = gradeQuiz(quiz, { 't.q-one': 'b', 't.q-two': 'a', 't.q-expected': 1.42 });
    expect(grade.questions.map((q) => q.correct)).toEqual([true, false, true, false]);
    expect(grade).toMatchObject({ correct: 2, total: 4, score: 0.5, passed: false });
  });

  it('passes with 3 of 4 right', () => {
    const grade = gradeQuiz(quiz, {
      't.q-one': 'b',
      't.q-two': 'c',
      't.q-expected': 1.5,
      't.q-exact': 36,
    });
    expect(grade).toMatchObject({ correct: 3, total: 4, score: 0.75, passed: true });
  });

  it('explains the option chosen, then the right one', () => {
    const grade = gradeQuiz(quiz, { 't.q-one': 'a', 't.q-two': 'c' });
    expect(grade.questions[0]).toEqual({
      questionId: 't.q-one',
      kind: 'choice',
      prompt: 'Prompt of t.q-one',
      correct: false,
      given: 'a',
      chosen: { id: 'a', text: 'Option a', why: 'Why a of t.q-one' },
      right: { id: 'b', text: 'Option b', why: 'Why b of t.q-one' },
    });
    expect(grade.questions[1]).toMatchObject({
      correct: true,
      chosen: { id: 'c', why: 'Why c of t.q-two' },
      right: { id: 'c' },
    });
    expect(grade.questions[2]).toEqual({
      questionId: 't.q-expected',
      kind: 'numeric',
      prompt: 'Expected attempts?',
      correct: false,
      given: null,
      answer: 1.417,
      tolerance: 0.01,
      unit: 'attempts',
      why: 'Geometric series',
    });
    expect(grade.questions[3]).toMatchObject({ unit: null, given: null, correct: false });
  });

  it('scores correct / total for any answers, and never passes an empty quiz', () => {
    const anyAnswer = fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.double({ noNaN: true }));
    fc.assert(
      fc.property(
        fc.record(
          { 't.q-one': anyAnswer, 't.q-two': anyAnswer, 't.q-expected': anyAnswer },
          { requiredKeys: [] },
        ),
        (answers) => {
          const grade = gradeQuiz(quiz, answers);
          const right = grade.questions.filter((q) => q.correct).length;
          expect(grade.correct).toBe(right);
          expect(grade.score).toBe(right / 4);
          expect(grade.passed).toBe(right >= 3);
        },
      ),
    );
    expect(gradeQuiz(undefined, {})).toMatchObject({ total: 0, score: 0, passed: false });
  });
});

describe('answerProblems', () => {
  it('accepts a partial attempt with the right types', () => {
    expect(answerProblems(quiz, { 't.q-one': 'a', 't.q-exact': 3 })).toEqual([]);
  });

  it('names each bad answer by its path and says what to send', () => {
    const problems = answerProblems(quiz, {
      't.q-nope': 'a',
      't.q-one': 2,
      't.q-two': 'z',
      't.q-exact': 'thirty-six',
    });
    expect(problems).toEqual([
      { path: 'answers.t.q-nope', message: expect.stringContaining('there is no question') },
      {
        path: 'answers.t.q-one',
        message: expect.stringContaining('send one of the choice ids a, b, c'),
      },
      { path: 'answers.t.q-two', message: expect.stringContaining('"z" is not a choice') },
      { path: 'answers.t.q-exact', message: expect.stringContaining('send a number') },
    ]);
  });
});
