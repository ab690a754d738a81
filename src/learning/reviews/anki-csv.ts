// The deck as a file Anki's File → Import reads (Anki 2.1.55 and later): header lines that set
// the separator, plain text, the column names, which column holds the tags, the note type and
// the deck, then one RFC 4180 record per card. Records end in CRLF as RFC 4180 asks; Anki
// strips either line ending from its header lines.

export interface AnkiNote {
  front: string;
  back: string;
  /** Anki tags hold no spaces: each is one word. */
  tags: readonly string[];
}

export const ankiHeaderLines = [
  '#separator:Comma',
  '#html:false',
  '#columns:Front,Back,Tags',
  '#tags column:3',
  '#notetype:Basic',
  '#deck:Stafflab',
] as const;

const crlf = '\r\n';

/**
 * One field, quoted when RFC 4180 requires it (a comma, a quote or a line break) and when it
 * starts with `#`: Anki reads a record that starts with `#` as a comment and would drop it.
 */
export function csvField(value: string): string {
  if (!/[",\r\n]/.test(value) && !value.startsWith('#')) return value;
  return `"${value.replaceAll('"', '""')}"`;
}

/** Anki tags are separated by spaces, so any whitespace inside a tag becomes a hyphen. */
export function ankiTag(tag: string): string {
  return tag.trim().replace(/\s+/g, '-');
}

export function ankiCsv(notes: readonly AnkiNote[]): string {
  const records = notes.map((note) =>
    [note.front, note.back, note.tags.map(ankiTag).filter(Boolean).join(' ')]
      .map(csvField)
      .join(','),
  );
  return [...ankiHeaderLines, ...records].map((line) => line + crlf).join('');
}
