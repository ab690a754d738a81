import { describe, expect, it } from 'vitest';
import { percent, signed, takenOn } from './format.js';

describe('assessment formatting', () => {
  it('signs changes with a real minus sign', () => {
    expect(signed(0.5)).toBe('+0.5');
    expect(signed(-1)).toBe('−1');
    expect(signed(0)).toBe('0');
  });

  it('rounds shares to whole percentages', () => {
    expect(percent(7, 20)).toBe('35%');
    expect(percent(2, 3)).toBe('67%');
    expect(percent(0, 0)).toBe('0%');
  });

  it('shows the day, month and year of a result', () => {
    expect(takenOn('2026-01-05T09:30:00Z', 'en-GB')).toMatch(/5 Jan 2026/);
  });
});
