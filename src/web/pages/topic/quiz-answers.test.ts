import { describe, expect, it } from 'vitest';
import { answersFromDraft, parseNumber, percent } from './quiz-answers.js';

describe('parseNumber', () => {
  it('reads integers, decimals with a point or a comma, signs, spaces and exponents', () => {
    expect(parseNumber('36')).toBe(36);
    expect(parseNumber(' 1.417 ')).toBe(1.417);
    expect(parseNumber('1,417')).toBe(1.417);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('1 200')).toBe(1200);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('2e3')).toBe(2000);
  });

  it('refuses what is not a number, rather than guessing', () => {
    for (const text of ['', '   ', 'abc', '12abc', '1.2.3', '1,2,3', '--1', 'Infinity', '0x10'])
      expect(parseNumber(text), text).toBeNull();
  });
});

describe('answersFromDraft', () => {
  const questions = [
    { id: 't.q-choice', kind: 'choice' as const },
    { id: 't.q-number', kind: 'numeric' as const },
    { id: 't.q-blank', kind: 'numeric' as const },
  ];

  it('sends choice ids and numbers, and leaves blanks out', () => {
    expect(
      answersFromDraft(questions, { 't.q-choice': 'b', 't.q-number': '16,7', 't.q-blank': ' ' }),
    ).toEqual({
      answers: { 't.q-choice': 'b', 't.q-number': 16.7 },
      notNumbers: [],
    });
  });

  it('reports numeric answers that are not numbers instead of sending them', () => {
    expect(answersFromDraft(questions, { 't.q-number': 'about 17' })).toEqual({
      answers: {},
      notNumbers: ['t.q-number'],
    });
  });

  it('shows shares as whole percentages', () => {
    expect(percent(5 / 6)).toBe('83%');
    expect(percent(0.75)).toBe('75%');
  });
});
