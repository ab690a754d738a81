import { describe, expect, it } from 'vitest';
import { readContent } from '../../server/content/read-content.js';
import { defaultContentDir } from '../../server/paths.js';
import { searchDocuments, type SearchDocument } from './documents.js';
import { createSearchEngine } from './engine.js';
import { lessonSections } from './sections.js';

const content = readContent(defaultContentDir).content!;
const engine = createSearchEngine(searchDocuments(content));
const hasWord = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu').test(text);

describe('ranking on made-up documents', () => {
  const doc = (id: string, fields: Partial<SearchDocument>): SearchDocument => ({
    id,
    topic: id,
    title: 'Some lesson',
    week: 1,
    heading: 'Some heading',
    anchor: 'some-heading',
    text: 'some words of body text',
    ...fields,
  });

  it('ranks a match in the title above one in a heading above one in the body', () => {
    const small = createSearchEngine([
      doc('in-body', { text: 'some words of body quorum' }),
      doc('in-heading', { heading: 'Some quorum' }),
      doc('in-title', { title: 'Some quorum' }),
    ]);
    expect(small.search('quorum').map((h) => h.id)).toEqual(['in-title', 'in-heading', 'in-body']);
  });

  it('needs every word of the query, matches prefixes, and forgives a typo only in longer words', () => {
    const small = createSearchEngine([
      doc('both', { text: 'circuit breaker state' }),
      doc('one', { text: 'circuit board' }),
      doc('short', { text: 'slo targets' }),
      doc('gate', { text: 'a canary gate' }),
    ]);
    expect(small.search('circuit breaker').map((h) => h.id)).toEqual(['both']);
    expect(small.search('circ brea').map((h) => h.id)).toEqual(['both']);
    expect(
      small
        .search('circut')
        .map((h) => h.id)
        .sort(),
    ).toEqual(['both', 'one']);
    // Under five letters a typo is not forgiven, or every short word would match many others.
    expect(small.search('sle')).toEqual([]);
    expect(small.search('rate')).toEqual([]);
    expect(small.search('   ')).toEqual([]);
  });
});

describe('searching the real lessons', () => {
  it('finds the retry lesson first for "jitter", whose title and headings say it', () => {
    // The retry lesson is the only one with "jitter" in its title; it uses the word 32 times,
    // no other lesson more than once.
    const hits = engine.search('jitter', { limit: 10 });
    expect(hits[0]!.topic).toBe('retry-strategy');
    for (const hit of hits)
      expect(
        [hit.title, hit.heading ?? '', hit.snippet.map((p) => p.text).join('')].some((t) =>
          hasWord(t, 'jitter'),
        ),
      ).toBe(true);
    expect(hits[0]!.snippet.some((p) => p.hit && p.text.toLowerCase() === 'jitter')).toBe(true);
  });

  it('finds it while the word is being typed and with a typo', () => {
    expect(engine.search('jit')[0]!.topic).toBe('retry-strategy');
    expect(engine.search('jiter')[0]!.topic).toBe('retry-strategy');
  });

  it('links each result to a heading that exists in its lesson', () => {
    for (const hit of engine.search('budget', { limit: 50 })) {
      const [path, anchor] = hit.href.split('#');
      expect(path).toBe(`/topics/${hit.topic}`);
      if (anchor === undefined) continue;
      const anchors = lessonSections(content.lessons.get(hit.topic)!.body).map((s) => s.anchor);
      expect(anchors).toContain(anchor);
    }
  });

  it('keeps to the limit and to the number of sections per lesson', () => {
    const hits = engine.search('budget', { limit: 8, perTopic: 2 });
    expect(hits).toHaveLength(8);
    const perTopic = new Map<string, number>();
    for (const hit of hits) perTopic.set(hit.topic, (perTopic.get(hit.topic) ?? 0) + 1);
    expect(Math.max(...perTopic.values())).toBeLessThanOrEqual(2);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
