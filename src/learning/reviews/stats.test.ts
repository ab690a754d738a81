import { describe, expect, it } from 'vitest';
import { localDate, reviewStats, type CardForStats, type LogForStats } from './stats.js';

const now = new Date('2026-03-31T10:00:00.000Z');
const [again, hard, good, easy] = [1, 2, 3, 4];
const [isNew, learning, review, relearning] = [0, 1, 2, 3];

const logs: LogForStats[] = [
  { reviewed_at: '2026-03-31T08:00:00.000Z', rating: good, state: review },
  { reviewed_at: '2026-03-31T09:00:00.000Z', rating: again, state: review },
  { reviewed_at: '2026-03-30T23:30:00.000Z', rating: easy, state: isNew },
  { reviewed_at: '2026-03-02T00:00:00.000Z', rating: hard, state: review },
  // One minute before the 30-day window in UTC; inside it two hours east.
  { reviewed_at: '2026-03-01T23:59:00.000Z', rating: again, state: review },
  // A relearning step: a review, but not of a card in the Review state.
  { reviewed_at: '2026-03-15T12:00:00.000Z', rating: good, state: relearning },
];

const cards: CardForStats[] = [
  { due: '2026-03-20T00:00:00.000Z', state: review },
  { due: '2026-03-31T10:00:00.000Z', state: isNew },
  { due: '2026-03-31T23:00:00.000Z', state: learning },
  { due: '2026-04-01T12:00:00.000Z', state: review },
  { due: '2026-04-29T12:00:00.000Z', state: relearning },
  { due: '2026-04-30T12:00:00.000Z', state: review },
];

const counts = (d: { again: number; hard: number; good: number; easy: number; total: number }) => [
  d.again,
  d.hard,
  d.good,
  d.easy,
  d.total,
];

describe('review statistics', () => {
  it('counts reviews per UTC day over the last 30 days, by rating', () => {
    const stats = reviewStats(logs, cards, now);
    expect(stats.days).toHaveLength(30);
    expect(stats.days[0]!.date).toBe('2026-03-02');
    expect(stats.days[29]!.date).toBe('2026-03-31');
    expect(counts(stats.days[29]!)).toEqual([1, 0, 1, 0, 2]);
    expect(counts(stats.days[28]!)).toEqual([0, 0, 0, 1, 1]);
    expect(counts(stats.days[13]!)).toEqual([0, 0, 1, 0, 1]);
    expect(stats.days[13]!.date).toBe('2026-03-15');
    expect(counts(stats.days[0]!)).toEqual([0, 1, 0, 0, 1]);
    expect(stats.days.reduce((sum, d) => sum + d.total, 0)).toBe(5);
  });

  it('computes true retention from reviews of cards in the Review state only (Anki’s definition)', () => {
    // In the window: Good, Again, Hard on review cards; the Easy on a new card and the Good on a
    // relearning card do not count.
    expect(reviewStats(logs, cards, now).trueRetention).toEqual({
      rate: 2 / 3,
      reviews: 3,
      passed: 2,
    });
  });

  it('forecasts due cards per day for 30 days, counting overdue cards today', () => {
    const { forecast, totals } = reviewStats(logs, cards, now);
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ date: '2026-03-31', due: 3 });
    expect(forecast[1]).toEqual({ date: '2026-04-01', due: 1 });
    expect(forecast[29]).toEqual({ date: '2026-04-29', due: 1 });
    // The card due on day 30 is beyond the forecast.
    expect(forecast.reduce((sum, d) => sum + d.due, 0)).toBe(5);
    expect(totals).toEqual({ new: 1, learning: 1, review: 3, relearning: 1, total: 6 });
  });

  it('moves day boundaries to the learner’s offset from UTC', () => {
    const east = reviewStats(logs, cards, now, 120);
    // 23:30 UTC on the 30th is 01:30 on the 31st two hours east.
    expect(counts(east.days[29]!)).toEqual([1, 0, 1, 1, 3]);
    expect(counts(east.days[0]!)).toEqual([1, 1, 0, 0, 2]);
    expect(east.trueRetention).toEqual({ rate: 0.5, reviews: 4, passed: 2 });
    // 23:00 UTC on the 31st is tomorrow there.
    expect(east.forecast[0]!.due).toBe(2);
    expect(east.forecast[1]!.due).toBe(2);
    expect(localDate('2026-03-31T23:00:00.000Z', -300)).toBe('2026-03-31');
    expect(localDate('2026-04-01T03:00:00.000Z', -300)).toBe('2026-03-31');
  });

  it('has no retention and an all-zero chart without any reviews', () => {
    const empty = reviewStats([], [], now);
    expect(empty.trueRetention).toEqual({ rate: null, reviews: 0, passed: 0 });
    expect(empty.days.every((d) => d.total === 0)).toBe(true);
    expect(empty.forecast.every((d) => d.due === 0)).toBe(true);
    expect(empty.totals.total).toBe(0);
  });
});
