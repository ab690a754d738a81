import { describe, expect, it } from 'vitest';
import type { Quiz } from '../../curriculum/index.js';
import { cardText } from './card-text.js';

const quiz: Quiz = {
  cards: [{ id: 'retries.c-budget', front: 'What caps retries?', back: 'A retry budget.' }],
  questions: [
    {
      id: 'retries.q-choice',
      kind: 'choice',
      prompt: 'What stops a retry storm?',
      choices: [
        {
          id: 'a',
          text: 'A longer backoff cap',
          why: 'It delays attempts, it does not remove them.',
        },
        { id: 'b', text: 'A retry budget', correct: true, why: 'It caps the extra load at 10%.' },
      ],
    },
    {
      id: 'retries.q-number',
      kind: 'numeric',
      prompt: 'How many attempts reach the database?',
      answer: 36,
      tolerance: 0,
      unit: 'attempts',
      why: 'Attempts multiply: 2 × 3 × 3 × 2.',
    },
    {
      id: 'retries.q-share',
      kind: 'numeric',
      prompt: 'Above what failure rate do retries stop?',
      answer: 16.7,
      tolerance: 0.2,
      unit: '%',
      why: '0.2 ÷ 1.2.',
    },
  ],
};

describe('card text', () => {
  it('reads a content card from its quiz', () => {
    expect(
      cardText({ source: 'content', ref: 'retries.c-budget', front: null, back: null }, quiz),
    ).toEqual({ front: 'What caps retries?', back: 'A retry budget.' });
  });

  it('turns a missed choice question into prompt and choices / right answer and why', () => {
    expect(
      cardText({ source: 'missed', ref: 'retries.q-choice', front: null, back: null }, quiz),
    ).toEqual({
      front: 'What stops a retry storm?\n\na) A longer backoff cap\nb) A retry budget',
      back: 'b) A retry budget\n\nIt caps the extra load at 10%.',
    });
  });

  it('gives a numeric question’s answer with its unit and tolerance', () => {
    expect(
      cardText({ source: 'missed', ref: 'retries.q-number', front: null, back: null }, quiz),
    ).toEqual({
      front: 'How many attempts reach the database?\n\nAnswer in attempts.',
      back: '36 attempts\n\nAttempts multiply: 2 × 3 × 3 × 2.',
    });
    expect(
      cardText({ source: 'missed', ref: 'retries.q-share', front: null, back: null }, quiz)?.back,
    ).toBe('16.7% (± 0.2%)\n\n0.2 ÷ 1.2.');
  });

  it('keeps an own card’s text and finds nothing for content that is gone', () => {
    expect(cardText({ source: 'own', ref: 'x', front: 'F', back: 'B' }, undefined)).toEqual({
      front: 'F',
      back: 'B',
    });
    expect(
      cardText({ source: 'content', ref: 'retries.c-gone', front: null, back: null }, quiz),
    ).toBeNull();
    expect(
      cardText({ source: 'missed', ref: 'retries.q-gone', front: null, back: null }, quiz),
    ).toBeNull();
    expect(
      cardText({ source: 'content', ref: 'retries.c-budget', front: null, back: null }, undefined),
    ).toBeNull();
  });
});
