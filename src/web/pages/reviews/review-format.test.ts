import { describe, expect, it } from 'vitest';
import { describeInterval, formatInterval, shortDate } from './review-format.js';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

describe('interval wording', () => {
  it('says minutes, hours, days, months of 30 days and years of 365', () => {
    expect(formatInterval(20_000)).toBe('under 1 min');
    expect(formatInterval(minute)).toBe('1 min');
    expect(formatInterval(10 * minute)).toBe('10 min');
    expect(formatInterval(59 * minute)).toBe('59 min');
    expect(formatInterval(2 * hour + 10 * minute)).toBe('2 h');
    expect(formatInterval(day)).toBe('1 d');
    expect(formatInterval(29 * day)).toBe('29 d');
    expect(formatInterval(75 * day)).toBe('2.5 mo');
    expect(formatInterval(438 * day)).toBe('1.2 y');
    expect(formatInterval(-5 * minute)).toBe('under 1 min');
  });

  it('spells the interval out for screen readers', () => {
    expect(describeInterval(minute)).toBe('1 minute');
    expect(describeInterval(4 * day)).toBe('4 days');
    expect(describeInterval(75 * day)).toBe('2.5 months');
    expect(describeInterval(1000)).toBe('less than a minute');
  });

  it('writes a date as month and day without a time zone', () => {
    expect(shortDate('2026-04-06')).toBe('Apr 6');
    expect(shortDate('2026-12-31')).toBe('Dec 31');
  });
});
