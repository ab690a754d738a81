// A learner's plan as an iCalendar file: one all-day event per program week, spanning the
// week's days at the learner's pace, with its topics and hours. One event per week rather than
// per topic: the program sets what a week covers, not which day each topic gets, and a calendar
// with 20 quiet blocks is one a learner keeps.
import { addDays } from '../progress/dates.js';
import { escapeText, icsDate, icsFile, icsUtc } from './ics.js';

export interface CalendarWeek {
  number: number;
  title: string;
  hours: number;
  topics: readonly { title: string }[];
}

export interface PlanCalendarInput {
  /** `YYYY-MM-DD`, the first day of week 1. */
  startDate: string;
  /** Calendar days per program week. */
  daysPerWeek: number;
  weeks: readonly CalendarWeek[];
  /** When the file is made (DTSTAMP). */
  now: Date;
  /** The absolute address of a week's page. */
  weekUrl(week: number): string;
  /**
   * The revision of the plan (SEQUENCE): a higher number tells a calendar that an event it
   * already has, matched by UID, has changed, such as after a new start date.
   */
  sequence: number;
}

export const calendarName = 'Stafflab plan';
export const productId = '-//Stafflab//Stafflab plan//EN';

/** The same for every learner and every download, so importing again updates, not duplicates. */
export function weekUid(week: number): string {
  return `week-${week}@stafflab`;
}

export function planCalendar(input: PlanCalendarInput): string {
  const { startDate, daysPerWeek, weeks, now, weekUrl, sequence } = input;
  const stamp = icsUtc(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
  ];
  for (const week of weeks) {
    const first = addDays(startDate, (week.number - 1) * daysPerWeek);
    const url = weekUrl(week.number);
    const description = [
      `About ${week.hours} hours.`,
      'Topics:',
      ...week.topics.map((topic) => `- ${topic.title}`),
      `Open the week: ${url}`,
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${weekUid(week.number)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART;VALUE=DATE:${icsDate(first)}`,
      // DTEND of an all-day event is the day after its last day (§3.6.1: it is exclusive).
      `DTEND;VALUE=DATE:${icsDate(addDays(first, daysPerWeek))}`,
      `SUMMARY:${escapeText(`Stafflab week ${week.number}: ${week.title}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${url}`,
      // A study week should not show the learner as busy for seven days.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return icsFile(lines);
}
