import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { healthSchema, problemSchema } from '../../api/index.js';
import type { Database } from '../db/database.js';
import { sendProblem } from '../http/problem.js';

/** Liveness and readiness in one: ok only when the database answers. */
export const healthRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/health',
      {
        schema: {
          tags: ['platform'],
          summary: 'Whether the server and its database are up',
          response: { 200: healthSchema, 503: problemSchema },
        },
      },
      async (request, reply) => {
        try {
          await sql`select 1`.execute(database.db);
          return { status: 'ok' as const };
        } catch (error) {
          request.log.error({ err: error }, 'health check: database unavailable');
          return sendProblem(reply, request, 503, 'The database is not answering.');
        }
      },
    );
  };
