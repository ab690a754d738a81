// The learner's plan as an iCalendar file, to import into any calendar.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../api/index.js';
import { authorize, signedIn } from '../auth/authorize.js';
import type { ContentViews } from '../content/views.js';
import { planCalendarFor } from '../learning/plan-calendar.js';
import { appLink, readsWithSession, type AccountsRouteOptions } from './accounts-options.js';

export const calendarRoutes =
  (views: ContentViews, accounts: AccountsRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/me/plan.ics',
      {
        schema: {
          security: readsWithSession,
          tags: ['learning'],
          summary: 'The signed-in learner’s 20-week plan as an iCalendar (.ics) file',
          description:
            'One all-day event per program week from the plan’s start date at its pace, with ' +
            'the week’s topics, hours and link. Event UIDs are `week-N@stafflab`, the same on ' +
            'every download, so importing the file again updates the events. 409 until the ' +
            'learner has chosen a start date (PUT /api/v1/me/plan).',
          response: {
            200: {
              description: 'An RFC 5545 calendar, sent as an attachment stafflab-plan.ics',
              content: { 'text/calendar': { schema: z.string() } },
            },
            401: problemSchema,
            409: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const actor = signedIn(request);
        authorize(request, 'progress:read', { kind: 'account', ownerId: actor.userId });
        const ics = await planCalendarFor(
          accounts.ctx,
          views.content,
          actor.userId,
          appLink(accounts, request, ''),
        );
        return reply
          .type('text/calendar; charset=utf-8')
          .header('Content-Disposition', 'attachment; filename="stafflab-plan.ics"')
          .header('Cache-Control', 'no-store')
          .send(ics);
      },
    );
  };
