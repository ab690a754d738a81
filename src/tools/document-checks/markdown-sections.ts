// Splits a Markdown document into the parts the document checks look at: headings and the
// text under each, with the template's prompts (blockquotes) and untouched template lines left
// out, so a draft only gets credit for what its writer wrote.

export interface Section {
  heading: string;
  level: number;
  /** The section's own lines and those of its sub-sections, prompts and template lines removed. */
  lines: string[];
}

export interface ParsedDocument {
  /** Every line that counts (outside code fences, not a prompt, not left from the template). */
  lines: string[];
  sections: Section[];
}

const headingPattern = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

/** Headings compare without case, surrounding space or trailing punctuation. */
export function normalizeHeading(text: string): string {
  return text
    .replace(/[*_`]/g, '')
    .replace(/[\s:.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function parseDocument(markdown: string, template?: string): ParsedDocument {
  const templateLines = new Set(
    (template ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !headingPattern.test(line)),
  );
  const lines: string[] = [];
  const sections: Section[] = [];
  const open: Section[] = [];
  let fence = false;
  let frontmatter = markdown.startsWith('---\n');
  markdown.split(/\r?\n/).forEach((raw, index) => {
    if (frontmatter) {
      if (index > 0 && raw.trim() === '---') frontmatter = false;
      return;
    }
    if (/^\s*(```|~~~)/.test(raw)) {
      fence = !fence;
      return;
    }
    const heading = !fence && headingPattern.exec(raw);
    if (heading) {
      const level = heading[1]!.length;
      while (open.length > 0 && open.at(-1)!.level >= level) open.pop();
      const section: Section = { heading: heading[2]!, level, lines: [] };
      sections.push(section);
      open.push(section);
      return;
    }
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('>') || templateLines.has(trimmed)) return;
    lines.push(raw);
    for (const section of open) section.lines.push(raw);
  });
  return { lines, sections };
}

/** Words: runs of characters holding at least one letter or digit. */
export function countWords(lines: readonly string[]): number {
  let count = 0;
  for (const line of lines)
    for (const token of line.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}

/** List items that carry text beyond placeholders such as "…". */
export function countListItems(lines: readonly string[]): number {
  return lines.filter((line) => {
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    return item !== null && /[\p{L}\p{N}]/u.test(item[1]!);
  }).length;
}

/** Whether `phrase` occurs as whole words (case-insensitive) in the lines. */
export function containsPhrase(lines: readonly string[], phrase: string): boolean {
  const escaped = phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
  return lines.some((line) => pattern.test(line));
}
