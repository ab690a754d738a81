// Light-weight reading of an MDX lesson body: enough to count its words, find its headings,
// links and components, without compiling it (Vite compiles it for the web app).

/** Lines inside fenced code blocks, which carry neither prose nor links. */
function codeFenceMask(lines: readonly string[]): boolean[] {
  const mask: boolean[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const match = /^\s*(```+|~~~+)/.exec(line);
    if (fence === null && match) {
      fence = match[1]!.slice(0, 3);
      mask.push(true);
    } else if (fence !== null) {
      mask.push(true);
      if (line.trim().startsWith(fence)) fence = null;
    } else {
      mask.push(false);
    }
  }
  return mask;
}

/** Counts prose words: code blocks, import/export lines, tags, URLs and comments are left out. */
export function countWords(body: string): number {
  const lines = body.split('\n');
  const mask = codeFenceMask(lines);
  let count = 0;
  lines.forEach((line, index) => {
    if (mask[index] || /^\s*(import|export)\s/.test(line)) return;
    const prose = line
      .replace(/\{\/\*.*?\*\/\}/g, ' ')
      .replace(/<!--.*?-->/g, ' ')
      .replace(/\]\([^)]*\)/g, '] ')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ');
    for (const token of prose.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  });
  return count;
}

export interface BodyReference {
  kind: 'link' | 'component';
  /** The link target, or the component name. */
  value: string;
  /** The component's string attributes. */
  attributes: Record<string, string>;
  /** 1-based line within the body. */
  line: number;
}

/** The body with fenced code and inline code blanked out (newlines kept, so offsets map to lines). */
function proseOnly(body: string): string {
  const lines = body.split('\n');
  const mask = codeFenceMask(lines);
  return lines
    .map((line, index) =>
      mask[index] ? '' : line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)),
    )
    .join('\n');
}

const linkPattern = /\[[^\]]*\]\(\s*([^)\s]+)[^)]*\)/g;
// A capitalised JSX tag, possibly spread over several lines, with string or expression attributes.
const componentPattern =
  /<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g;

/** Finds Markdown links and JSX components (capitalised tags) in the body, outside code. */
export function findReferences(body: string): BodyReference[] {
  const text = proseOnly(body);
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const found: BodyReference[] = [];
  for (const match of text.matchAll(linkPattern)) {
    found.push({ kind: 'link', value: match[1]!, attributes: {}, line: lineAt(match.index) });
  }
  for (const match of text.matchAll(componentPattern)) {
    const attributes: Record<string, string> = {};
    for (const attr of match[2]!.matchAll(/([A-Za-z-]+)=(?:"([^"]*)"|'([^']*)')/g)) {
      attributes[attr[1]!] = attr[2] ?? attr[3] ?? '';
    }
    found.push({ kind: 'component', value: match[1]!, attributes, line: lineAt(match.index) });
  }
  return found.sort((a, b) => a.line - b.line);
}

/** The body's headings (levels 1–6) with their text, outside code. */
export function findHeadings(body: string): { level: number; text: string; line: number }[] {
  const lines = body.split('\n');
  const mask = codeFenceMask(lines);
  const headings: { level: number; text: string; line: number }[] = [];
  lines.forEach((line, index) => {
    const match = !mask[index] && /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (match) headings.push({ level: match[1]!.length, text: match[2]!, line: index + 1 });
  });
  return headings;
}
