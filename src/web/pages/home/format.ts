// Dates and times on the home page, in words. Calendar dates (`YYYY-MM-DD`) have no time zone:
// they are formatted as UTC so that 2 March stays 2 March wherever the learner is.

const dayMonth = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** `2 March 2026`. */
export function formatDate(date: string): string {
  return dayMonthYear.format(utc(date));
}

/** `2–8 March 2026`, `28 February – 6 March 2026`, `28 December 2026 – 3 January 2027`. */
export function formatDateRange(start: string, end: string): string {
  const [a, b] = [utc(start), utc(end)];
  if (a.getUTCFullYear() !== b.getUTCFullYear())
    return `${dayMonthYear.format(a)} – ${dayMonthYear.format(b)}`;
  if (a.getUTCMonth() !== b.getUTCMonth())
    return `${dayMonth.format(a)} – ${dayMonthYear.format(b)}`;
  return `${a.getUTCDate()}–${dayMonthYear.format(b)}`;
}

/** How long ago an instant was: `just now`, `5 min ago`, `3 h ago`, `2 days ago`, then its date. */
export function timeAgo(iso: string, now: Date): string {
  const then = new Date(iso);
  const minutes = Math.floor((now.getTime() - then.getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  const local = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    ...(then.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  });
  return local.format(then);
}

/** How long until an instant: `now`, `in 20 min`, `in 3 h`, `tomorrow`, `in 4 days`. */
export function timeUntil(iso: string, now: Date): string {
  const minutes = Math.ceil((new Date(iso).getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return 'now';
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${hours} h`;
  const days = Math.round(hours / 24);
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}

/** `1 card`, `14 cards`. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
