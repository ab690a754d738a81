import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, dateOfDay, dayNumber, daysBetween, isCalendarDate } from './dates.js';

describe('calendar dates', () => {
  it('accepts real dates only, leap days included', () => {
    for (const good of ['2026-01-31', '2028-02-29', '2000-02-29', '2026-12-31'])
      expect(isCalendarDate(good), good).toBe(true);
    for (const bad of [
      '2026-02-30',
      '2026-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-5',
      '26-01-05',
      '2026-01-05T00:00',
      '',
    ])
      expect(isCalendarDate(bad), bad).toBe(false);
  });

  it('counts days from the epoch', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dateOfDay(365)).toBe('1971-01-01');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-02', '2026-07-19')).toBe(139);
    expect(daysBetween('2026-03-09', '2026-03-02')).toBe(-7);
  });

  it('daysBetween undoes addDays', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80_000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (d, n) => {
          const date = dateOfDay(d);
          expect(daysBetween(date, addDays(date, n))).toBe(n);
        },
      ),
    );
  });

  it('refuses to do arithmetic on a date that does not exist', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
