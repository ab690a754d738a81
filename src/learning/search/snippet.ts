// The piece of a section shown under a search result, with the matched words marked.

export interface TextPart {
  text: string;
  /** True for a matched word, which the page shows highlighted. */
  hit: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whole words equal to one of the terms, in any case. The index splits text at spaces and
 * punctuation into lower-case terms, so a matched term is always a whole word of the text.
 */
function termPattern(terms: readonly string[]): RegExp | null {
  const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t !== ''))];
  if (words.length === 0) return null;
  words.sort((a, b) => b.length - a.length);
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
}

/** The text cut into parts, with every whole-word occurrence of a term marked as a hit. */
export function highlight(text: string, terms: readonly string[]): TextPart[] {
  const pattern = termPattern(terms);
  const parts: TextPart[] = [];
  let at = 0;
  if (pattern)
    for (const match of text.matchAll(pattern)) {
      if (match.index > at) parts.push({ text: text.slice(at, match.index), hit: false });
      parts.push({ text: match[0], hit: true });
      at = match.index + match[0].length;
    }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), hit: false });
  return parts;
}

/**
 * About `width` characters of the text around the first matched word, cut at spaces, with `…`
 * where the text goes on. The match sits near the start, so a reader sees what follows it.
 */
export function snippet(text: string, terms: readonly string[], width = 160): TextPart[] {
  if (text.length <= width) return highlight(text, terms);
  const first = termPattern(terms)?.exec(text)?.index ?? 0;
  // The match stays near the start even at the end of the text: the page may show only the
  // snippet's first lines.
  let start = Math.max(0, first - Math.floor(width / 4));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space >= first ? start : space + 1;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first && space > start) end = space;
  }
  const parts = highlight(text.slice(start, end), terms);
  if (start > 0) parts.unshift({ text: '…', hit: false });
  if (end < text.length) parts.push({ text: '…', hit: false });
  return parts;
}
