// The learner's plan: when week 1 starts, how many calendar days a program week takes, and how
// much of what they review they want to remember. "This week" follows from it and today's date.
import { defaultRetention } from '../reviews/ratings.js';
import { addDays, daysBetween } from './dates.js';

export interface Plan {
  /** `YYYY-MM-DD`, the first day of week 1; null until the learner picks one. */
  startDate: string | null;
  /** Calendar days per program week: 7 is the standard pace, 14 half pace. */
  daysPerWeek: number;
  /** The share of reviewed cards the learner wants to recall (FSRS desired retention). */
  desiredRetention: number;
}

export const defaultPlan: Plan = {
  startDate: null,
  daysPerWeek: 7,
  desiredRetention: defaultRetention,
};

/** Fewer than 3 days a week leaves no room for a week's 8 hours; more than 28 loses the thread. */
export const daysPerWeekRange = { min: 3, max: 28 } as const;

/** The paces the plan form offers by name; any whole number in the range is accepted. */
export const namedPaces = [
  { daysPerWeek: 7, name: 'standard' },
  { daysPerWeek: 10, name: 'relaxed' },
  { daysPerWeek: 14, name: 'half pace' },
] as const;

export type ScheduleStatus = 'unscheduled' | 'not-started' | 'in-progress' | 'finished';

export interface WeekDates {
  number: number;
  /** First and last day of the week, both inclusive; null while there is no start date. */
  startDate: string | null;
  endDate: string | null;
}

export interface Schedule {
  status: ScheduleStatus;
  today: string;
  /** The week `today` falls in; null before the start or without one; the last week after the end. */
  currentWeek: number | null;
  /** The last day of the last week, or null without a start date. */
  endDate: string | null;
  weeks: WeekDates[];
}

/** Where `today` falls in a program of `weekCount` weeks run at the plan's pace. */
export function scheduleOf(plan: Plan, weekCount: number, today: string): Schedule {
  const { startDate, daysPerWeek } = plan;
  const weeks = Array.from({ length: weekCount }, (_, i): WeekDates => {
    if (startDate === null) return { number: i + 1, startDate: null, endDate: null };
    const first = addDays(startDate, i * daysPerWeek);
    return { number: i + 1, startDate: first, endDate: addDays(first, daysPerWeek - 1) };
  });
  if (startDate === null)
    return { status: 'unscheduled', today, currentWeek: null, endDate: null, weeks };
  const endDate = addDays(startDate, weekCount * daysPerWeek - 1);
  const elapsed = daysBetween(startDate, today);
  if (elapsed < 0) return { status: 'not-started', today, currentWeek: null, endDate, weeks };
  const week = Math.floor(elapsed / daysPerWeek) + 1;
  if (week > weekCount)
    return { status: 'finished', today, currentWeek: weekCount, endDate, weeks };
  return { status: 'in-progress', today, currentWeek: week, endDate, weeks };
}
