// The search index reads lessons line by line; the web app compiles them with MDX. This test
// compiles every lesson of the real content with the same plugins as the web build and checks
// that both agree: the same headings with the same anchors, and the same words.
import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { readContent } from '../../server/content/read-content.js';
import { defaultContentDir } from '../../server/paths.js';
import { rehypeHeadingIds } from './heading-ids.js';
import { markdownPlainText } from './plain-text.js';
import { lessonSections } from './sections.js';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  name?: string;
  properties?: Record<string, unknown>;
  attributes?: { name?: string; value?: unknown }[];
  children?: Node[];
}

const textOf = (node: Node): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/** What the compiled lesson shows: its headings with their ids, and its words. */
async function compiled(body: string) {
  const headings: { id: unknown; text: string }[] = [];
  let words: string[] = [];
  const capture = () => (tree: Node) => {
    const visit = (node: Node) => {
      if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? ''))
        headings.push({ id: node.properties?.id, text: textOf(node).replace(/\s+/g, ' ').trim() });
      node.children?.forEach(visit);
    };
    visit(tree);
    words = tokens(textOf(tree));
  };
  await compile(body, { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeHeadingIds, capture] });
  return { headings, words };
}

const tokens = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');

const lessons = [...readContent(defaultContentDir).content!.lessons.values()];

describe('lesson anchors and text agree with the MDX compiler', () => {
  it('covers every lesson', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(40);
  });

  it.each(lessons.map((lesson) => [lesson.topicId, lesson] as const))('%s', async (_id, lesson) => {
    const { headings, words } = await compiled(lesson.body);
    const sections = lessonSections(lesson.body).filter((s) => s.heading !== null);
    expect(sections.map((s) => ({ id: s.anchor, text: s.heading }))).toEqual(headings);
    // The same words in the same order, except what components show from their attributes
    // (a callout's title, a figure's caption), which the compiled tree keeps as attributes.
    const ours = tokens(markdownPlainText(lesson.body));
    const shownByComponents = new Set(
      [...lesson.body.matchAll(/\b(?:title|caption|alt)="([^"]*)"/g)].flatMap((m) => tokens(m[1]!)),
    );
    expect(ours.filter((w) => !shownByComponents.has(w))).toEqual(
      words.filter((w) => !shownByComponents.has(w)),
    );
  });
});
