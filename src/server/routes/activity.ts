// The signed-in learner's recent activity, for the home page.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { activityQuerySchema, activitySchema, problemSchema } from '../../api/index.js';
import { authorize, signedIn } from '../auth/authorize.js';
import type { ContentViews } from '../content/views.js';
import { listActivity } from '../learning/activity.js';
import { readsWithSession, type AccountsRouteOptions } from './accounts-options.js';

export const activityRoutes =
  (views: ContentViews, accounts: AccountsRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/me/activity',
      {
        schema: {
          security: readsWithSession,
          tags: ['learning'],
          summary: 'The signed-in learner’s latest events, newest first',
          description:
            'Lessons read, quizzes taken, exercises done, labs passed (the first pass of each), ' +
            'self-assessments taken, and reviews summed per day.',
          querystring: activityQuerySchema,
          response: { 200: activitySchema, 400: problemSchema, 401: problemSchema },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        authorize(request, 'progress:read', { kind: 'account', ownerId: actor.userId });
        const items = await listActivity(accounts.ctx, views.content, actor.userId, request.query);
        return { items };
      },
    );
  };
