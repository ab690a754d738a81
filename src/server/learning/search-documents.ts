// The search documents as the server sends them: built once from the content (which does not
// change while the server runs), serialised once, gzipped once, and named by an ETag so a
// browser that has them already gets a 304.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Content } from '../../curriculum/index.js';
import { searchDocuments } from '../../learning/search/documents.js';
import type { SearchDocuments } from '../../api/index.js';

export interface SearchDocumentsBody {
  json: string;
  gzip: Buffer;
  /** A strong ETag: the SHA-256 of the JSON, quoted. */
  etag: string;
}

export function buildSearchDocumentsBody(content: Content): SearchDocumentsBody {
  const body: SearchDocuments = { documents: searchDocuments(content) };
  const json = JSON.stringify(body);
  const hash = createHash('sha256').update(json).digest('base64url').slice(0, 32);
  return { json, gzip: gzipSync(json), etag: `"${hash}"` };
}

/** True when an If-None-Match header names this ETag (or `*`); weak comparison, RFC 9110 §13.1.2. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/** True when the client takes gzip: named in Accept-Encoding without `q=0`. */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((coding) => {
    const [name, ...params] = coding.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
