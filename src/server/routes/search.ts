// What the browser builds its search index from. Public, like the lessons it is made of.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { searchDocumentsSchema, type SearchDocuments } from '../../api/index.js';
import type { ContentViews } from '../content/views.js';
import {
  acceptsGzip,
  buildSearchDocumentsBody,
  matchesEtag,
  type SearchDocumentsBody,
} from '../learning/search-documents.js';

/**
 * The body is serialised once, ahead of time; Fastify sends a string or Buffer as it is, without
 * the route's serializer. The cast only tells the type provider so.
 */
const serialised = (payload: string | Buffer) => payload as unknown as SearchDocuments;

export const searchRoutes =
  (views: ContentViews): FastifyPluginAsyncZod =>
  async (app) => {
    // Built on the first request rather than at start-up, which stays fast.
    let body: SearchDocumentsBody | null = null;

    app.get(
      '/search/documents',
      {
        schema: {
          tags: ['curriculum'],
          summary: 'The documents of the lesson search index: one per lesson section',
          description:
            'Plain text of every lesson section with its topic, week, heading and anchor. The ' +
            'answer changes only when the content does: it carries an ETag, and a request with ' +
            'a matching If-None-Match gets 304 Not Modified. Sent gzipped when accepted.',
          response: { 200: searchDocumentsSchema, 304: z.null().describe('Not modified') },
        },
      },
      async (request, reply) => {
        body ??= buildSearchDocumentsBody(views.content);
        reply.header('ETag', body.etag).header('Cache-Control', 'no-cache');
        reply.header('Vary', 'Accept-Encoding');
        if (matchesEtag(request.headers['if-none-match'], body.etag))
          return reply.code(304).send(null);
        reply.type('application/json; charset=utf-8');
        if (acceptsGzip(request.headers['accept-encoding']))
          return reply.header('Content-Encoding', 'gzip').send(serialised(body.gzip));
        return reply.send(serialised(body.json));
      },
    );
  };
