// Oracles from RFC 5545: §3.1 (content lines, folding), §3.3.4–5 (DATE, DATE-TIME), §3.3.11 (TEXT).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeText, foldLine, icsDate, icsFile, icsUtc } from './ics.js';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');
/** §3.1: unfolding removes every CRLF immediately followed by one space or tab. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('escapeText (§3.3.11)', () => {
  it('escapes backslash, semicolon and comma, and writes line breaks as \\n', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
    // A colon and a double quote need no escape in a TEXT value.
    expect(escapeText('Week 4: "retries"')).toBe('Week 4: "retries"');
  });

  it('escapes the backslash first, so an escape is never escaped twice', () => {
    expect(escapeText('\\,')).toBe('\\\\\\,');
  });
});

describe('foldLine (§3.1)', () => {
  it('leaves a line of 75 octets alone and folds one of 76 after 75 octets', () => {
    const exact = 'X'.repeat(75);
    expect(foldLine(exact)).toBe(exact);
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('counts octets, not characters, and never splits a multi-octet character', () => {
    // "é" is 2 octets: 37 of them fill 74 octets, the 38th would make 76.
    const line = 'é'.repeat(40);
    const [first, second] = foldLine(line).split('\r\n');
    expect(first).toBe('é'.repeat(37));
    expect(second).toBe(` ${'é'.repeat(3)}`);
    // A 4-octet character (an emoji) at the boundary moves whole to the next line.
    const [head, tail] = foldLine(`${'a'.repeat(73)}😀b`).split('\r\n');
    expect(head).toBe('a'.repeat(73));
    expect(tail).toBe(' 😀b');
  });

  it('for any text: unfolds to the original, every physical line ≤ 75 octets of valid UTF-8', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const folded = foldLine(`DESCRIPTION:${text}`);
        expect(unfold(folded)).toBe(`DESCRIPTION:${text}`);
        for (const [i, line] of folded.split('\r\n').entries()) {
          expect(octets(line)).toBeLessThanOrEqual(75);
          if (i > 0) expect(line.startsWith(' ')).toBe(true);
          expect(strict.decode(Buffer.from(line, 'utf8'))).toBe(line);
        }
      }),
    );
  });
});

describe('values and the file', () => {
  it('writes DATE as YYYYMMDD and DATE-TIME in UTC with a Z', () => {
    expect(icsDate('2026-03-02')).toBe('20260302');
    expect(() => icsDate('2026-3-2')).toThrow(RangeError);
    expect(icsUtc(new Date('2026-11-27T09:05:07.891Z'))).toBe('20261127T090507Z');
  });

  it('ends every content line, the last included, with CRLF', () => {
    expect(icsFile(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe(
      'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    );
  });
});
