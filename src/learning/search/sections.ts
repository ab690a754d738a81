// A lesson cut into its sections, one per heading, each with the anchor its heading gets in the
// web app — so a search result can open the lesson at the section that matched.
import { codeFenceMask, inlinePlainText, markdownPlainText } from './plain-text.js';

/**
 * The anchor of a heading, as GitHub makes them: lower case, punctuation dropped, each space a
 * hyphen. Letters and digits of any script stay, so anchors work in every language.
 */
export function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/**
 * Anchors for the headings of one page, in order: a repeated heading gets `-1`, `-2`, … so
 * every anchor on the page is unique (two "Pitfalls" sections are `pitfalls` and `pitfalls-1`).
 */
export function createSlugger(): (text: string) => string {
  const occurrences = new Map<string, number>();
  return (text) => {
    const base = headingSlug(text) || 'section';
    let slug = base;
    while (occurrences.has(slug)) {
      const next = occurrences.get(base)! + 1;
      occurrences.set(base, next);
      slug = `${base}-${next}`;
    }
    occurrences.set(slug, 0);
    return slug;
  };
}

export interface LessonSection {
  /** The heading's text; null for the text before the first heading. */
  heading: string | null;
  /** The heading's id on the lesson page; null for the text before the first heading. */
  anchor: string | null;
  /** 1–6; 0 for the text before the first heading. */
  level: number;
  /** The section's plain text, up to the next heading of any level. */
  text: string;
}

const headingPattern = /^ {0,3}(#{1,6})\s+(.+?)(?:\s+#+)?\s*$/;

/** Splits a lesson body at every heading. The text before the first heading comes first, if any. */
export function lessonSections(body: string): LessonSection[] {
  const lines = body.split('\n');
  const mask = codeFenceMask(lines);
  const slug = createSlugger();
  const sections: LessonSection[] = [];
  let current: { heading: string | null; anchor: string | null; level: number; lines: string[] } = {
    heading: null,
    anchor: null,
    level: 0,
    lines: [],
  };
  const close = () => {
    const text = markdownPlainText(current.lines.join('\n'));
    if (current.heading !== null || text !== '')
      sections.push({
        heading: current.heading,
        anchor: current.anchor,
        level: current.level,
        text,
      });
  };
  lines.forEach((line, index) => {
    const match = mask[index]!.code ? null : headingPattern.exec(line);
    if (!match) return void current.lines.push(line);
    close();
    const heading = inlinePlainText(match[2]!).replace(/\s+/g, ' ').trim();
    current = { heading, anchor: slug(heading), level: match[1]!.length, lines: [] };
  });
  close();
  return sections;
}
