// The search documents over HTTP: what they hold, and how they are cached and compressed.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestApp } from '../../../test/support/app.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';
import { findHeadings } from '../../curriculum/index.js';
import type { SearchDocument } from '../../api/index.js';
import { readContent } from '../content/read-content.js';
import { defaultContentDir } from '../paths.js';
import { acceptsGzip, matchesEtag } from '../learning/search-documents.js';

const content = readContent(defaultContentDir).content!;
const url = '/api/v1/search/documents';

describe.each(testDatabaseKinds)('search documents on %s', (kind) => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ app, dispose } = await createTestApp(kind));
  });
  afterAll(async () => dispose());

  const documents = async () =>
    ((await app.inject({ url })).json() as { documents: SearchDocument[] }).documents;

  it('has an opening per topic and a document per heading, in program order, ids unique', async () => {
    const docs = await documents();
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    expect([...new Set(docs.map((d) => d.topic))]).toEqual(content.topics.map((t) => t.id));
    for (const topic of content.topics) {
      const lesson = content.lessons.get(topic.id);
      const mine = docs.filter((d) => d.topic === topic.id);
      // Counted by the content loader's own heading finder, not by the search code.
      expect(mine).toHaveLength(1 + (lesson ? findHeadings(lesson.body).length : 0));
      expect(mine[0]).toMatchObject({
        id: topic.id,
        heading: null,
        anchor: null,
        week: topic.week,
      });
    }
  });

  it('gives a section its heading, its anchor and its words without Markdown or JSX', async () => {
    const docs = (await documents()).filter((d) => d.topic === 'retry-strategy');
    expect(docs[0]!.title).toBe('Timeouts, backoff and jitter');
    expect(docs[0]!.text).toContain('Retry strategy: timeouts, exponential backoff, jitter');
    expect(docs[1]).toMatchObject({
      id: 'retry-strategy#the-hook-seven-hours-of-retries',
      heading: 'The hook: seven hours of retries',
      anchor: 'the-hook-seven-hours-of-retries',
      week: 4,
    });
    expect(docs[1]!.text).toMatch(/^At 7:30 am PST on 7 December 2021/);
    const pitfalls = docs.find((d) => d.heading === 'Pitfalls')!;
    expect(pitfalls.text).toContain('Retrying at every layer. Notice it by injecting a failure');
    const all = docs.map((d) => d.text).join('\n');
    for (const syntax of ['**', '<Callout', 'kind="', '<Lab', '](/topics', '```'])
      expect(all).not.toContain(syntax);
  });

  it('is revalidated with its ETag and answers 304 when unchanged', async () => {
    const first = await app.inject({ url });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await app.inject({ url, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const weak = await app.inject({ url, headers: { 'if-none-match': `"x", W/${etag}` } });
    expect(weak.statusCode).toBe(304);
    const other = await app.inject({ url, headers: { 'if-none-match': '"something-else"' } });
    expect(other.statusCode).toBe(200);
  });

  it('sends the same JSON gzipped to a client that accepts gzip', async () => {
    const plain = await app.inject({ url });
    const gzipped = await app.inject({ url, headers: { 'accept-encoding': 'gzip, br' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toContain('Accept-Encoding');
    const unzipped = gunzipSync(gzipped.rawPayload).toString('utf8');
    expect(unzipped).toBe(plain.body);
    expect(gzipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
  });
});

describe('conditional and encoding headers', () => {
  it('matches an ETag strongly, weakly, in a list or by *', () => {
    expect(matchesEtag('"a"', '"a"')).toBe(true);
    expect(matchesEtag('W/"a"', '"a"')).toBe(true);
    expect(matchesEtag('"b", "a"', '"a"')).toBe(true);
    expect(matchesEtag('*', '"a"')).toBe(true);
    expect(matchesEtag('"b"', '"a"')).toBe(false);
    expect(matchesEtag(undefined, '"a"')).toBe(false);
  });

  it('takes gzip unless it is missing or refused with q=0', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
