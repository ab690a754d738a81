import { describe, expect, it } from 'vitest';
import { reviewKeyAction, type KeyPress } from './review-keys.js';

const on = (tagName: string, isContentEditable = false) =>
  ({ tagName, isContentEditable }) as unknown as EventTarget;
const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  repeat: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  target: on('BODY'),
  ...extra,
});

describe('review shortcuts', () => {
  it('reveals with Space, then rates with 1–4', () => {
    expect(reviewKeyAction(press(' '), false)).toEqual({ kind: 'reveal' });
    expect(reviewKeyAction(press('3'), false)).toBeNull();
    expect(reviewKeyAction(press(' '), true)).toBeNull();
    expect(['1', '2', '3', '4'].map((k) => reviewKeyAction(press(k), true))).toEqual([
      { kind: 'rate', rating: 'again' },
      { kind: 'rate', rating: 'hard' },
      { kind: 'rate', rating: 'good' },
      { kind: 'rate', rating: 'easy' },
    ]);
    expect(reviewKeyAction(press('5'), true)).toBeNull();
  });

  it('leaves keys typed into a field, or pressed with a modifier or held down, alone', () => {
    for (const target of [on('INPUT'), on('textarea'), on('SELECT'), on('DIV', true)]) {
      expect(reviewKeyAction(press(' ', { target }), false)).toBeNull();
      expect(reviewKeyAction(press('1', { target }), true)).toBeNull();
    }
    expect(reviewKeyAction(press('1', { ctrlKey: true }), true)).toBeNull();
    expect(reviewKeyAction(press('2', { altKey: true }), true)).toBeNull();
    expect(reviewKeyAction(press('3', { metaKey: true }), true)).toBeNull();
    expect(reviewKeyAction(press('4', { repeat: true }), true)).toBeNull();
  });

  it('lets Space activate a focused button or link; digits still rate from there', () => {
    expect(reviewKeyAction(press(' ', { target: on('BUTTON') }), false)).toBeNull();
    expect(reviewKeyAction(press(' ', { target: on('A') }), false)).toBeNull();
    expect(reviewKeyAction(press('4', { target: on('BUTTON') }), true)).toEqual({
      kind: 'rate',
      rating: 'easy',
    });
  });
});
