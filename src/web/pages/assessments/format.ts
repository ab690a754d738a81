// Small formatting rules shared by the assessment pages.

/** "+0.5", "−1", "0": a change with its sign, the minus sign a real one. */
export function signed(change: number): string {
  if (change === 0) return '0';
  return change > 0 ? `+${change}` : `−${Math.abs(change)}`;
}

/** A stored ISO time as a date a reader recognises, in their own time zone: "5 Jan 2026, 09:30". */
export function takenOn(iso: string, locale?: string): string {
  return new Date(iso).toLocaleString(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A share as a whole percentage: 7 of 20 → "35%". */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`;
}
