// Turns a lesson's MDX into the plain text a reader sees, for the search index: Markdown and
// JSX syntax go, the words stay. It reads the source line by line rather than compiling it —
// the server builds the index at start-up, where a full MDX compile of every lesson would cost
// seconds — and src/web/lessons/heading-ids.test.ts checks it against the real compiler.

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  times: '×',
  minus: '−',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

// Attributes of a lesson component that the reader sees: a callout's title, a figure's caption.
const visibleAttributes = ['title', 'caption', 'alt'];

/** A JSX or HTML tag, possibly over several lines, with string or `{…}` attribute values. */
const tagPattern =
  /<\/?([A-Za-z][\w.-]*)((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g;

function tagText(attributes: string): string {
  const shown: string[] = [];
  for (const match of attributes.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    if (visibleAttributes.includes(match[1]!)) shown.push(match[2] ?? match[3] ?? '');
  return shown.length > 0 ? ` ${shown.join(' ')} ` : ' ';
}

const keptMarker = '\u0000';

/**
 * Inline Markdown and JSX to text: links keep their text, images their alt text, code its
 * content, emphasis loses its markers, tags and `{…}` expressions go. Used on headings too,
 * where it must give the same text as the compiled heading (for its anchor).
 */
export function inlinePlainText(markdown: string): string {
  // Code kept first: inside them nothing else is syntax.
  const kept: string[] = [];
  let text = markdown.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_whole, _ticks, code) => {
    kept.push(String(code).replace(/^ (.*) $/, '$1'));
    return `${keptMarker}${kept.length - 1}${keptMarker}`;
  });
  // Then escapes, so an escaped `*` or `{` is never read as syntax.
  text = text.replace(/\\([\\`*_{}[\]()#+\-.!<>|~"'])/g, (_whole, char: string) => {
    kept.push(char);
    return `${keptMarker}${kept.length - 1}${keptMarker}`;
  });
  text = text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(tagPattern, (_whole, _name, attributes: string) => tagText(attributes))
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/(\*{1,3}|~~)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}_])(_{1,3})(?=\S)([\s\S]*?\S)\2(?![\p{L}\p{N}_])/gu, '$1$3');
  text = decodeEntities(text);
  return text.replace(
    new RegExp(`${keptMarker}(\\d+)${keptMarker}`, 'g'),
    (_whole, index: string) => kept[Number(index)] ?? '',
  );
}

/** Marks lines inside fenced code blocks, fences included. */
export function codeFenceMask(lines: readonly string[]): { code: boolean; fence: boolean }[] {
  const mask: { code: boolean; fence: boolean }[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const match = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence === null && match) {
      fence = match[1]!;
      mask.push({ code: true, fence: true });
    } else if (fence !== null) {
      const closes = line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '';
      mask.push({ code: true, fence: closes });
      if (closes) fence = null;
    } else {
      mask.push({ code: false, fence: false });
    }
  }
  return mask;
}

const orderedItem = /^\s*(\d{1,9})[.)]\s+/;
const bulletItem = /^\s*[-*+]\s+/;

/**
 * The prose lines without their block syntax: heading marks, quotes, list markers, table
 * pipes. A number and a full stop start a list item only after a blank line, inside a list, or
 * as `1.` (CommonMark): "left at\n950. With it" is one sentence, not a list.
 */
function stripBlockSyntax(lines: readonly string[]): string[] {
  let inList = false;
  let previousBlank = true;
  return lines.map((line) => {
    const blank = line.trim() === '';
    const ordered = orderedItem.exec(line);
    const isItem =
      bulletItem.test(line) ||
      (ordered !== null && (previousBlank || inList || ordered[1] === '1'));
    // A list goes on through its items, blank lines and indented continuation lines.
    if (isItem) inList = true;
    else if (!blank && !/^\s/.test(line)) inList = false;
    previousBlank = blank;
    if (/^\s*(import|export)\s/.test(line)) return '';
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) return '';
    if (/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line)) return '';
    return line
      .replace(/^\s*(>\s?)+/, '')
      .replace(/^\s*#{1,6}\s+(.*?)\s*#*\s*$/, '$1')
      .replace(isItem ? (ordered ? orderedItem : bulletItem) : /^$/, '')
      .replace(/^\s*\[[ xX]\]\s+/, '')
      .replace(/\s*\|\s*/g, ' ');
  });
}

/**
 * The text of a lesson body (or part of one) as a reader sees it, whitespace collapsed. Code
 * blocks keep their content: commands and formulas in them are worth finding.
 */
export function markdownPlainText(body: string): string {
  const lines = body.split('\n');
  const mask = codeFenceMask(lines);
  const out: string[] = [];
  let prose: string[] = [];
  const flushProse = () => {
    if (prose.length === 0) return;
    // Tags and comments may span lines, so they go before the line-by-line pass.
    const joined = prose
      .join('\n')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(tagPattern, (_whole, _name, attributes: string) => tagText(attributes));
    out.push(inlinePlainText(stripBlockSyntax(joined.split('\n')).join('\n')));
    prose = [];
  };
  lines.forEach((line, index) => {
    const { code, fence } = mask[index]!;
    if (!code) return void prose.push(line);
    flushProse();
    if (!fence) out.push(line);
  });
  flushProse();
  return out.join(' ').replace(/\s+/g, ' ').trim();
}
