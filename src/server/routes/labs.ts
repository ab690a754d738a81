// The labs: the list (the same as `stafflab lab list --json`) and one lab's definition.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  labAttemptBodySchema,
  labAttemptResultSchema,
  labDetailSchema,
  labIdParamsSchema,
  labListSchema,
  labPassSchema,
  problemSchema,
} from '../../api/index.js';
import { authorize, signedIn } from '../auth/authorize.js';
import type { ContentViews } from '../content/views.js';
import { sendProblem } from '../http/problem.js';
import { listLabPasses, submitLabAttempt } from '../labs/lab-passes.js';
import {
  changesWithSession,
  readsWithSession,
  type AccountsRouteOptions,
} from './accounts-options.js';

export const labRoutes =
  (views: ContentViews, accounts: AccountsRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const { ctx } = accounts;
    const noSuchLab = (id: string) => `There is no lab "${id}". GET /api/v1/labs lists every lab.`;

    app.get(
      '/labs',
      {
        schema: {
          tags: ['labs'],
          summary: 'Every simulation lab, in program order',
          response: { 200: labListSchema },
        },
      },
      async () => views.labs,
    );

    app.get(
      '/labs/:id',
      {
        schema: {
          tags: ['labs'],
          summary: 'One lab: its scenario, knobs, charts and challenge',
          params: labIdParamsSchema,
          response: { 200: labDetailSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const lab = views.lab(request.params.id);
        if (!lab) return sendProblem(reply, request, 404, noSuchLab(request.params.id));
        return lab;
      },
    );

    app.post(
      '/labs/:id/attempts',
      {
        schema: {
          security: changesWithSession,
          tags: ['labs'],
          summary: 'Submit a run of a lab; the server re-runs it and records a pass',
          description:
            'The server runs the scenario itself with the knobs and seed given and checks the ' +
            'challenge on its own result; `recorded` is true when it passed and was stored.',
          params: labIdParamsSchema,
          body: labAttemptBodySchema,
          response: {
            200: labAttemptResultSchema,
            400: problemSchema,
            401: problemSchema,
            404: problemSchema,
          },
        },
        // A run costs up to a few hundred milliseconds of CPU: keep one user from hogging it.
        config: { rateLimit: { max: 30, timeWindow: 60_000 } },
      },
      async (request, reply) => {
        const actor = signedIn(request);
        authorize(request, 'lab:submit', { kind: 'account', ownerId: actor.userId });
        const lab = views.lab(request.params.id);
        if (!lab) return sendProblem(reply, request, 404, noSuchLab(request.params.id));
        return submitLabAttempt(ctx, actor.userId, lab.definition, request.body);
      },
    );

    app.get(
      '/me/lab-passes',
      {
        schema: {
          security: readsWithSession,
          tags: ['labs'],
          summary: 'The signed-in user’s lab passes, oldest first',
          response: { 200: z.array(labPassSchema), 401: problemSchema },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        authorize(request, 'lab-passes:read', { kind: 'account', ownerId: actor.userId });
        return listLabPasses(ctx, actor.userId);
      },
    );
  };
