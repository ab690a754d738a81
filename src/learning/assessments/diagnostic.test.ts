import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../curriculum/schema/assessments.js';
import {
  checkDiagnosticAnswers,
  compareDiagnostic,
  diagnosticFeedback,
  diagnosticFormView,
  scoreDiagnostic,
  type ProgramModules,
} from './diagnostic.js';

const question = (id: string, topic: string, right: string) => ({
  id: `diagnostic.${id}`,
  topic,
  prompt: `${id}?`,
  choices: ['a', 'b', 'c', 'd'].map((c) => ({
    id: c,
    text: `${id} ${c}`,
    why: `why ${c}`,
    ...(c === right ? { correct: true } : {}),
  })),
});

const pair = (id: string, topic: string, startRight: string, endRight: string) => ({
  id,
  start: question(`start-${id}`, topic, startRight),
  end: question(`end-${id}`, topic, endRight),
});

const definition: Diagnostic = {
  title: 'D',
  intro: 'I',
  pairs: [
    pair('budget', 'slo', 'b', 'd'),
    pair('quorum', 'quorums', 'a', 'c'),
    pair('retries', 'retry', 'c', 'a'),
  ],
};

const program: ProgramModules = {
  modules: [
    { id: 'architecture', title: 'Architecture' },
    { id: 'operating', title: 'Operating' },
    { id: 'leadership', title: 'Leadership' },
  ],
  topicById: new Map([
    ['slo', { moduleId: 'operating' }],
    ['quorums', { moduleId: 'architecture' }],
    ['retry', { moduleId: 'architecture' }],
  ]),
};

const score = (form: 'start' | 'end', questions: Record<string, string>) =>
  scoreDiagnostic(definition, form, { questions }, program);

describe('the program diagnostic', () => {
  it('serves a form without correct flags or explanations, choices shuffled', () => {
    // j = 0 at every step of the Fisher–Yates shuffle.
    const view = diagnosticFormView(definition, 'end', program, () => 0);
    expect(view.map((q) => q.id)).toEqual([
      'diagnostic.end-budget',
      'diagnostic.end-quorum',
      'diagnostic.end-retries',
    ]);
    expect(view[0]).toEqual({
      id: 'diagnostic.end-budget',
      topic: 'slo',
      module: 'operating',
      prompt: 'end-budget?',
      // r = 0 always swaps with the first: a b c d → d b c a → c b d a → b c d a.
      choices: ['b', 'c', 'd', 'a'].map((id) => ({ id, text: `end-budget ${id}` })),
    });
    expect(JSON.stringify(view)).not.toMatch(/correct|why/);
  });

  it('scores a form per question and per module; a blank counts as wrong', () => {
    const result = score('start', {
      'diagnostic.start-budget': 'b',
      'diagnostic.start-quorum': 'b',
    });
    expect(result).toEqual({
      form: 'start',
      correct: 1,
      total: 3,
      // Program order; a module with no question is left out.
      modules: [
        { id: 'architecture', title: 'Architecture', correct: 0, total: 2 },
        { id: 'operating', title: 'Operating', correct: 1, total: 1 },
      ],
      questions: [
        {
          id: 'diagnostic.start-budget',
          pair: 'budget',
          topic: 'slo',
          module: 'operating',
          given: 'b',
          correct: true,
        },
        {
          id: 'diagnostic.start-quorum',
          pair: 'quorum',
          topic: 'quorums',
          module: 'architecture',
          given: 'b',
          correct: false,
        },
        {
          id: 'diagnostic.start-retries',
          pair: 'retries',
          topic: 'retry',
          module: 'architecture',
          given: null,
          correct: false,
        },
      ],
    });
  });

  it('explains every choice after answering', () => {
    const result = score('end', { 'diagnostic.end-quorum': 'a' });
    const feedback = diagnosticFeedback(definition, result);
    expect(feedback[1]).toMatchObject({
      id: 'diagnostic.end-quorum',
      given: 'a',
      correct: false,
      answer: 'c',
    });
    expect(feedback[1]!.choices.map((c) => [c.id, c.why, c.correct])).toEqual([
      ['a', 'why a', false],
      ['b', 'why b', false],
      ['c', 'why c', true],
      ['d', 'why d', false],
    ]);
  });

  it('refuses unknown questions and choices, and questions of the other form', () => {
    expect(
      checkDiagnosticAnswers(definition, 'start', {
        questions: {
          'diagnostic.start-budget': 'e',
          'diagnostic.end-budget': 'a',
          'diagnostic.start-quorum': null,
        },
      }),
    ).toEqual({
      ok: false,
      problems: [
        {
          path: 'questions.diagnostic.start-budget',
          message: 'unknown choice "e": this question\'s choices are a, b, c, d',
        },
        {
          path: 'questions.diagnostic.end-budget',
          message: expect.stringContaining('unknown question "diagnostic.end-budget"'),
        },
      ],
    });
    expect(checkDiagnosticAnswers(definition, 'start', { 'diagnostic.start-budget': 'a' })).toEqual(
      { ok: false, problems: [{ path: 'questions', message: expect.any(String) }] },
    );
    expect(
      checkDiagnosticAnswers(definition, 'end', {
        questions: { 'diagnostic.end-budget': 'a', 'diagnostic.end-quorum': null },
      }),
    ).toEqual({ ok: true, answers: { questions: { 'diagnostic.end-budget': 'a' } } });
  });

  it('compares start and end per module and counts the concepts learned and forgotten', () => {
    // Start: budget right, quorum wrong, retries wrong → 1/3.
    const start = score('start', {
      'diagnostic.start-budget': 'b',
      'diagnostic.start-quorum': 'd',
      'diagnostic.start-retries': 'a',
    });
    // End: budget wrong, quorum right, retries right → 2/3.
    const end = score('end', {
      'diagnostic.end-budget': 'a',
      'diagnostic.end-quorum': 'c',
      'diagnostic.end-retries': 'a',
    });
    expect(compareDiagnostic(start, end)).toEqual({
      overall: { from: 1, to: 2, total: 3, change: 1 },
      modules: [
        { id: 'architecture', title: 'Architecture', from: 0, to: 2, total: 2, change: 2 },
        { id: 'operating', title: 'Operating', from: 1, to: 0, total: 1, change: -1 },
      ],
      learned: ['quorum', 'retries'],
      forgotten: ['budget'],
    });
  });
});
