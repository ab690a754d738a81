// The parts of iCalendar (RFC 5545) a plan needs: escaped text, folded lines, dates and UTC
// times, CRLF line endings. Written here rather than taken from a library: it is this page of
// rules, and a calendar file is easy to check byte for byte.

export const crlf = '\r\n';

/** Octets a content line may hold before it is folded (§3.1), not counting the CRLF. */
export const maxLineOctets = 75;

/**
 * A TEXT value (§3.3.11): backslash, semicolon and comma are escaped with a backslash, and a
 * line break of any kind becomes `\n`.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line (§3.1): no physical line longer than 75 octets of UTF-8, each
 * continuation starting with one space. It breaks between characters, never inside one, so a
 * multi-octet character is never split.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > maxLineOctets) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(crlf);
}

/** A DATE value (§3.3.4) from `YYYY-MM-DD`. */
export function icsDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a YYYY-MM-DD date: "${date}"`);
  return date.replace(/-/g, '');
}

/** A DATE-TIME value in UTC (§3.3.5, form #2), whole seconds. */
export function icsUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A calendar object from its unfolded content lines: each folded, each ended by CRLF. */
export function icsFile(lines: readonly string[]): string {
  return lines.map((line) => foldLine(line) + crlf).join('');
}
