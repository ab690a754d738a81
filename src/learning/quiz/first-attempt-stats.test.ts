import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../curriculum/schema/quiz.js';
import { firstAttemptStats, type FirstAttemptAnswer } from './first-attempt-stats.js';

const quizzes = new Map([
  [
    't',
    quizSchema.parse({
      questions: [
        {
          id: 't.q-easy',
          prompt: 'Easy',
          choices: [
            { id: 'a', text: 'A', correct: true, why: 'w' },
            { id: 'b', text: 'B', why: 'w' },
          ],
        },
        {
          id: 't.q-hard',
          prompt: 'Hard',
          choices: [
            { id: 'a', text: 'A', why: 'w' },
            { id: 'b', text: 'B', correct: true, why: 'w' },
            { id: 'c', text: 'C', why: 'w' },
          ],
        },
        { id: 't.q-num', kind: 'numeric', prompt: 'N', answer: 3, tolerance: 0, why: 'w' },
        { id: 't.q-never', kind: 'numeric', prompt: 'Never', answer: 1, tolerance: 0, why: 'w' },
      ],
    }),
  ],
]);

const row = (questionId: string, given: unknown, correct: boolean): FirstAttemptAnswer => ({
  questionId,
  given: given === null ? null : JSON.stringify(given),
  correct,
});

describe('firstAttemptStats', () => {
  const stats = firstAttemptStats(quizzes, [
    row('t.q-easy', 'a', true),
    row('t.q-easy', 'a', true),
    row('t.q-easy', 'b', false),
    row('t.q-hard', 'a', false),
    row('t.q-hard', 'a', false),
    row('t.q-hard', null, false),
    row('t.q-hard', 'b', true),
    row('t.q-num', 3, true),
    row('t.q-num', 4, false),
    row('t.q-gone', 'a', true),
  ]);

  it('puts the hardest question first', () => {
    expect(stats.questions.map((q) => [q.questionId, q.shareCorrect])).toEqual([
      ['t.q-hard', 0.25],
      ['t.q-num', 0.5],
      ['t.q-easy', 2 / 3],
    ]);
  });

  it('counts how often each option was picked, and the unanswered', () => {
    const hard = stats.questions[0]!;
    expect(hard).toMatchObject({ attempts: 4, correct: 1, unanswered: 1, kind: 'choice' });
    expect(hard.options).toEqual([
      { id: 'a', text: 'A', correct: false, picked: 2, share: 0.5 },
      { id: 'b', text: 'B', correct: true, picked: 1, share: 0.25 },
      { id: 'c', text: 'C', correct: false, picked: 0, share: 0 },
    ]);
    expect(stats.questions[1]).toMatchObject({ kind: 'numeric', options: null, unanswered: 0 });
  });

  it('lists questions nobody has tried and leaves out answers to removed questions', () => {
    expect(stats.unattempted).toEqual(['t.q-never']);
    expect(stats.questions.map((q) => q.questionId)).not.toContain('t.q-gone');
  });

  it('breaks ties by the number of attempts', () => {
    const tie = firstAttemptStats(quizzes, [
      row('t.q-easy', 'b', false),
      row('t.q-num', 1, false),
      row('t.q-num', 2, false),
    ]);
    expect(tie.questions.map((q) => q.questionId)).toEqual(['t.q-num', 't.q-easy']);
  });
});
