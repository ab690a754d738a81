// Calendar dates as `YYYY-MM-DD` text: a plan's start date, a week's first and last day. Days
// are counted on the proleptic Gregorian calendar with no time zone, so a week always has the
// same number of days whatever the daylight-saving rules of where the learner lives.

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

/** The day number of a date (days since 1970-01-01), or null when it is not a real date. */
export function dayNumber(date: string): number | null {
  const match = datePattern.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over to 2026-03-02: a real date survives the round trip.
  return dateOfDay(ms / msPerDay) === date ? ms / msPerDay : null;
}

/** The date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-28, not 2026-02-30). */
export function isCalendarDate(date: string): boolean {
  return dayNumber(date) !== null;
}

function dayOrThrow(date: string): number {
  const day = dayNumber(date);
  if (day === null) throw new RangeError(`not a calendar date: "${date}"`);
  return day;
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayOrThrow(date) + days);
}

/** Whole days from `from` to `to`: negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayOrThrow(to) - dayOrThrow(from);
}
