import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ankiCsv, csvField } from './anki-csv.js';

/**
 * An RFC 4180 reader, as Anki's importer reads a file: a record starting with `#` is a comment
 * (that is how the header lines are skipped), fields may be quoted, `""` inside quotes is a quote.
 */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '#') {
      i = text.indexOf('\r\n', i) + 2;
      continue;
    }
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i += 1;
        for (;;) {
          if (text[i] === '"' && text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else if (text[i] === '"') {
            i += 1;
            break;
          } else if (i >= text.length) {
            throw new Error('unterminated quoted field');
          } else {
            field += text[i];
            i += 1;
          }
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
          if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${text[i]} at ${i}`);
          field += text[i];
          i += 1;
        }
      }
      record.push(field);
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text.slice(i, i + 2) !== '\r\n') throw new Error(`expected CRLF at ${i}`);
      i += 2;
      break;
    }
    records.push(record);
  }
  return records;
}

const header =
  '#separator:Comma\r\n' +
  '#html:false\r\n' +
  '#columns:Front,Back,Tags\r\n' +
  '#tags column:3\r\n' +
  '#notetype:Basic\r\n' +
  '#deck:Stafflab\r\n';

describe('the deck as an Anki import file', () => {
  it('writes Anki’s header lines, then one RFC 4180 record per card, all ending in CRLF', () => {
    const file = ankiCsv([
      { front: 'What is p99?', back: 'The 99th percentile', tags: ['stafflab', 'slo-basics'] },
      {
        front: 'Say "no", politely',
        back: 'Line one\nLine two',
        tags: ['stafflab', 'influence', 'own'],
      },
      { front: '#1 rule', back: 'a,b', tags: ['stafflab', 'retry-strategy', 'missed'] },
    ]);
    expect(file).toBe(
      header +
        'What is p99?,The 99th percentile,stafflab slo-basics\r\n' +
        '"Say ""no"", politely","Line one\nLine two",stafflab influence own\r\n' +
        '"#1 rule","a,b",stafflab retry-strategy missed\r\n',
    );
  });

  it('writes only the header for an empty deck', () => {
    expect(ankiCsv([])).toBe(header);
    expect(readCsv(header)).toEqual([]);
  });

  it('quotes exactly the fields RFC 4180 (or Anki’s comment rule) needs quoted', () => {
    expect(csvField('plain text; with semicolons')).toBe('plain text; with semicolons');
    expect(csvField('a "quote"')).toBe('"a ""quote"""');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(csvField('# heading')).toBe('"# heading"');
    expect(csvField('issue #5')).toBe('issue #5');
  });

  it('reads back every card exactly, whatever its text', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    const tag = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    fc.assert(
      fc.property(
        fc.array(fc.record({ front: text, back: text, tags: fc.array(tag, { maxLength: 3 }) }), {
          maxLength: 8,
        }),
        (notes) => {
          const records = readCsv(ankiCsv(notes));
          expect(records).toEqual(notes.map((n) => [n.front, n.back, n.tags.join(' ')]));
        },
      ),
    );
  });
});
