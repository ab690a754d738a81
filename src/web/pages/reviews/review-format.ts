// How long until a card is due, the way spaced-repetition apps say it: "1 min", "10 min",
// "3 h", "4 d", "2.5 mo", "1.2 y". Months are 30 days and years 365, as in Anki.
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const oneDecimal = (value: number) => String(Math.round(value * 10) / 10);

export function formatInterval(milliseconds: number): string {
  const ms = Math.max(0, milliseconds);
  if (ms < minute) return 'under 1 min';
  if (ms < hour) return `${Math.round(ms / minute)} min`;
  if (ms < day) return `${Math.round(ms / hour)} h`;
  if (ms < 30 * day) return `${Math.round(ms / day)} d`;
  if (ms < 365 * day) return `${oneDecimal(ms / (30 * day))} mo`;
  return `${oneDecimal(ms / (365 * day))} y`;
}

/** The same interval in words, for screen readers and the end-of-session message. */
export function describeInterval(milliseconds: number): string {
  const short = formatInterval(milliseconds);
  if (short === 'under 1 min') return 'less than a minute';
  const [value, unit] = short.split(' ') as [string, string];
  const words: Record<string, [string, string]> = {
    min: ['minute', 'minutes'],
    h: ['hour', 'hours'],
    d: ['day', 'days'],
    mo: ['month', 'months'],
    y: ['year', 'years'],
  };
  const [one, many] = words[unit]!;
  return `${value} ${value === '1' ? one : many}`;
}

const monthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** `2026-04-06` → `Apr 6`, without going through a time zone. */
export function shortDate(date: string): string {
  const [, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
  return `${monthNames[month - 1]} ${dayOfMonth}`;
}
