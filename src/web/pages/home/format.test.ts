import { describe, expect, it } from 'vitest';
import { count, formatDate, formatDateRange, timeAgo, timeUntil } from './format.js';

describe('dates', () => {
  it('writes a date with its month in words, whatever the time zone', () => {
    expect(formatDate('2026-03-02')).toBe('2 March 2026');
  });

  it('writes a range as briefly as its months and years allow', () => {
    expect(formatDateRange('2026-03-02', '2026-03-08')).toBe('2–8 March 2026');
    expect(formatDateRange('2026-02-28', '2026-03-06')).toBe('28 February – 6 March 2026');
    expect(formatDateRange('2026-12-28', '2027-01-03')).toBe('28 December 2026 – 3 January 2027');
  });
});

describe('relative times', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  const before = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
  const after = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();

  it('says how long ago, in the largest unit that fits', () => {
    expect(timeAgo(before(0.5), now)).toBe('just now');
    expect(timeAgo(before(5), now)).toBe('5 min ago');
    expect(timeAgo(before(59), now)).toBe('59 min ago');
    expect(timeAgo(before(60), now)).toBe('1 h ago');
    expect(timeAgo(before(23 * 60 + 59), now)).toBe('23 h ago');
    expect(timeAgo(before(24 * 60), now)).toBe('yesterday');
    expect(timeAgo(before(3 * 24 * 60), now)).toBe('3 days ago');
    expect(timeAgo(before(30 * 24 * 60), now)).toMatch(/^\d{1,2} (January|February)$/);
  });

  it('says how long until, rounding to the unit shown', () => {
    expect(timeUntil(before(1), now)).toBe('now');
    expect(timeUntil(after(20), now)).toBe('in 20 min');
    expect(timeUntil(after(150), now)).toBe('in 3 h');
    expect(timeUntil(after(26 * 60), now)).toBe('tomorrow');
    expect(timeUntil(after(4 * 24 * 60), now)).toBe('in 4 days');
  });

  it('counts in the singular and the plural', () => {
    expect(count(1, 'card')).toBe('1 card');
    expect(count(1400, 'card')).toBe('1,400 cards');
    expect(count(2, 'day', 'days')).toBe('2 days');
  });
});
