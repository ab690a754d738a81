// The signed-in user's own account: who am I (with the CSRF token), export my data, erase me.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  accountExportSchema,
  deleteAccountBodySchema,
  problemSchema,
  sessionSchema,
} from '../../api/index.js';
import type { Actor } from '../accounts/sessions.js';
import { deleteAccount, exportAccount } from '../accounts/erasure.js';
import { authorize, signedIn } from '../auth/authorize.js';
import { clearSessionCookie } from '../auth/request-auth.js';
import {
  changesWithSession,
  readsWithSession,
  type AccountsRouteOptions,
} from './accounts-options.js';

/** What the web app learns about its session: the user and the CSRF token to send back. */
function sessionView(actor: Actor) {
  const { userId: id, email, name, role, createdAt, csrfToken } = actor;
  return { user: { id, email, name, role, createdAt }, csrfToken };
}

export const meRoutes =
  (options: AccountsRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const { ctx } = options;

    // The web app asks this on every page load. Signed out is a normal answer there, not an
    // error (a 401 would also print a failed request in every visitor's console).
    app.get(
      '/auth/session',
      {
        schema: {
          tags: ['accounts'],
          summary: 'The current session, or null when signed out',
          description:
            'Like GET /me, but answers 200 { "session": null } when there is no session.',
          response: { 200: z.object({ session: sessionSchema.nullable() }) },
        },
      },
      async (request) => {
        const actor = request.actor;
        if (!actor) return { session: null };
        return { session: sessionView(actor) };
      },
    );

    app.get(
      '/me',
      {
        schema: {
          security: readsWithSession,
          tags: ['accounts'],
          summary: 'The signed-in user and the CSRF token of this session',
          description:
            'Send csrfToken in the X-CSRF-Token header of every POST, PUT, PATCH and DELETE.',
          response: { 200: sessionSchema, 401: problemSchema },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        authorize(request, 'account:read', { kind: 'account', ownerId: actor.userId });
        return sessionView(actor);
      },
    );

    app.get(
      '/me/export',
      {
        schema: {
          security: readsWithSession,
          tags: ['accounts'],
          summary: 'Download every row stored about the signed-in user, as JSON',
          response: { 200: accountExportSchema, 401: problemSchema },
        },
      },
      async (request, reply) => {
        const actor = signedIn(request);
        authorize(request, 'account:export', { kind: 'account', ownerId: actor.userId });
        const data = await exportAccount(ctx, actor.userId);
        const day = data.exportedAt.slice(0, 10);
        return reply
          .header('Content-Disposition', `attachment; filename="stafflab-export-${day}.json"`)
          .header('Cache-Control', 'no-store')
          .send(data);
      },
    );

    app.delete(
      '/me',
      {
        schema: {
          security: changesWithSession,
          tags: ['accounts'],
          summary: 'Erase the signed-in user’s account and every row about them',
          description:
            'Needs the current password. The last active admin cannot delete their account (409): make another user admin first.',
          body: deleteAccountBodySchema,
          response: {
            204: z.null().describe('Erased'),
            401: problemSchema,
            403: problemSchema,
            409: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const actor = signedIn(request);
        authorize(request, 'account:delete', { kind: 'account', ownerId: actor.userId });
        await deleteAccount(ctx, actor.userId, request.body.password);
        clearSessionCookie(request, reply);
        return reply.code(204).send(null);
      },
    );
  };
