// Searching the lessons with MiniSearch (docs/adr/0002-client-side-search.md). The web app
// loads this module on demand, so neither MiniSearch nor the index weighs on the first page.
// It is pure — documents in, ranked results out — so it is tested with the real content.
import MiniSearch from 'minisearch';
import type { SearchDocument } from './documents.js';
import { highlight, snippet, type TextPart } from './snippet.js';

export interface SearchHit {
  id: string;
  topic: string;
  title: string;
  week: number;
  heading: string | null;
  /** Where the result opens: the lesson, at the matched section. */
  href: string;
  score: number;
  titleParts: TextPart[];
  headingParts: TextPart[] | null;
  snippet: TextPart[];
}

export interface SearchOptions {
  /** At most this many results. */
  limit?: number;
  /** At most this many sections of one lesson, so one long lesson does not fill the list. */
  perTopic?: number;
}

export interface SearchEngine {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** How many documents are indexed. */
  size: number;
}

/**
 * A match in a lesson's title counts most, then one in a section's heading, then the body.
 * Words are matched as prefixes while being typed ("jit" finds "jitter") and, from five
 * letters on, with a typo for every five letters ("jiter" finds "jitter"); shorter words must
 * be right, or "rate" would find "gate". All the words of a query must match.
 */
export const searchSettings = {
  boost: { title: 3, heading: 2, text: 1 },
  prefix: (term: string) => term.length >= 2,
  fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
  combineWith: 'AND',
} as const;

export function createSearchEngine(documents: readonly SearchDocument[]): SearchEngine {
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'heading', 'text'],
    extractField: (doc, field) => {
      const value = doc[field as keyof SearchDocument];
      return value === null || value === undefined ? '' : String(value);
    },
    searchOptions: {
      boost: { ...searchSettings.boost },
      prefix: searchSettings.prefix,
      fuzzy: searchSettings.fuzzy,
      combineWith: searchSettings.combineWith,
    },
  });
  index.addAll(documents);

  return {
    size: documents.length,
    search(query, { limit = 20, perTopic = Infinity } = {}) {
      if (query.trim() === '') return [];
      const perLesson = new Map<string, number>();
      const hits: SearchHit[] = [];
      for (const result of index.search(query)) {
        const doc = byId.get(String(result.id));
        if (!doc) continue;
        const seen = perLesson.get(doc.topic) ?? 0;
        if (seen >= perTopic) continue;
        perLesson.set(doc.topic, seen + 1);
        hits.push({
          id: doc.id,
          topic: doc.topic,
          title: doc.title,
          week: doc.week,
          heading: doc.heading,
          href: `/topics/${doc.topic}${doc.anchor ? `#${doc.anchor}` : ''}`,
          score: result.score,
          titleParts: highlight(doc.title, result.terms),
          headingParts: doc.heading === null ? null : highlight(doc.heading, result.terms),
          snippet: snippet(doc.text, result.terms),
        });
        if (hits.length >= limit) break;
      }
      return hits;
    },
  };
}
