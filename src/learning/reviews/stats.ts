// Review statistics from the review log and the deck: reviews per day, true retention, the
// forecast of due cards, and the deck by state. Days are calendar days at a fixed offset from
// UTC (the learner's offset when they ask; 0 means UTC days), which is exact except across a
// daylight-saving change, where a review near midnight may land on the neighbouring day.
import { cardStates, type CardStateName } from './ratings.js';

export const statsDays = 30;

export interface LogForStats {
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  /** The card's state before the review. */
  state: number;
  reviewed_at: string;
}

export interface CardForStats {
  due: string;
  state: number;
}

export interface DayReviews {
  /** `YYYY-MM-DD` in the learner's time zone. */
  date: string;
  again: number;
  hard: number;
  good: number;
  easy: number;
  total: number;
}

export interface TrueRetention {
  /** Share of reviews of cards in the Review state that were not rated Again; null without any. */
  rate: number | null;
  reviews: number;
  passed: number;
}

export interface ReviewStats {
  /** The last 30 days, oldest first, ending today. */
  days: DayReviews[];
  /** Over the same 30 days. */
  trueRetention: TrueRetention;
  /** The next 30 days, starting today; cards already overdue count on today. */
  forecast: { date: string; due: number }[];
  totals: Record<CardStateName, number> & { total: number };
}

const minute = 60_000;
const day = 24 * 60 * minute;

/** The calendar date of an instant at `offsetMinutes` east of UTC. */
export function localDate(instant: string | Date, offsetMinutes: number): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + offsetMinutes * minute).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * day).toISOString().slice(0, 10);
}

const ratingKeys = ['again', 'hard', 'good', 'easy'] as const;
const reviewState = cardStates.indexOf('review');

export function reviewStats(
  logs: readonly LogForStats[],
  cards: readonly CardForStats[],
  now: Date,
  offsetMinutes = 0,
): ReviewStats {
  const today = localDate(now, offsetMinutes);
  const first = addDays(today, -(statsDays - 1));

  const days: DayReviews[] = Array.from({ length: statsDays }, (_, i) => ({
    date: addDays(first, i),
    again: 0,
    hard: 0,
    good: 0,
    easy: 0,
    total: 0,
  }));
  const dayIndex = new Map(days.map((d, i) => [d.date, i]));
  let reviews = 0;
  let passed = 0;
  for (const log of logs) {
    const i = dayIndex.get(localDate(log.reviewed_at, offsetMinutes));
    const key = ratingKeys[log.rating - 1];
    if (i === undefined || key === undefined) continue;
    days[i]![key] += 1;
    days[i]!.total += 1;
    // Anki's true retention: only reviews of cards in the Review state count, since learning
    // steps are minutes apart and say little about memory over days.
    if (log.state === reviewState) {
      reviews += 1;
      if (log.rating !== 1) passed += 1;
    }
  }

  const forecast = Array.from({ length: statsDays }, (_, i) => ({
    date: addDays(today, i),
    due: 0,
  }));
  const forecastIndex = new Map(forecast.map((d, i) => [d.date, i]));
  const totals = { new: 0, learning: 0, review: 0, relearning: 0, total: 0 };
  for (const card of cards) {
    const date = localDate(card.due, offsetMinutes);
    const i = date < today ? 0 : forecastIndex.get(date);
    if (i !== undefined) forecast[i]!.due += 1;
    totals[cardStates[card.state] ?? 'new'] += 1;
    totals.total += 1;
  }

  return {
    days,
    trueRetention: { rate: reviews === 0 ? null : passed / reviews, reviews, passed },
    forecast,
    totals,
  };
}
