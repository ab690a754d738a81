// Running the installation: list users, change a role, deactivate or reactivate, issue invite
// and password-reset links. Every route is for admins only (see ../auth/policy.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  adminUserListSchema,
  adminUserSchema,
  createInviteBodySchema,
  inviteSchema,
  linkSchema,
  problemSchema,
  updateUserBodySchema,
  userIdParamsSchema,
} from '../../api/index.js';
import { listUsers, updateUser } from '../accounts/admin-users.js';
import { createInvite } from '../accounts/invites.js';
import { issuePasswordReset } from '../accounts/password-resets.js';
import { authorize, signedIn } from '../auth/authorize.js';
import {
  appLink,
  changesWithSession,
  readsWithSession,
  type AccountsRouteOptions,
} from './accounts-options.js';

const refusals = { 401: problemSchema, 403: problemSchema };

export const adminRoutes =
  (options: AccountsRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const { ctx } = options;

    app.get(
      '/admin/users',
      {
        schema: {
          security: readsWithSession,
          tags: ['admin'],
          summary: 'Every account, oldest first',
          response: { 200: adminUserListSchema, ...refusals },
        },
      },
      async (request) => {
        authorize(request, 'users:list', { kind: 'installation' });
        return { users: await listUsers(ctx) };
      },
    );

    app.patch(
      '/admin/users/:id',
      {
        schema: {
          security: changesWithSession,
          tags: ['admin'],
          summary: 'Change a user’s role, or deactivate (signing them out) or reactivate them',
          description:
            'Refused with 409 when it would leave the installation without an active admin.',
          params: userIdParamsSchema,
          body: updateUserBodySchema,
          response: {
            200: adminUserSchema,
            400: problemSchema,
            ...refusals,
            404: problemSchema,
            409: problemSchema,
          },
        },
      },
      async (request) => {
        authorize(request, 'user:update', { kind: 'user', id: request.params.id });
        return updateUser(ctx, request.params.id, request.body);
      },
    );

    app.post(
      '/admin/users/:id/password-reset',
      {
        schema: {
          security: changesWithSession,
          tags: ['admin'],
          summary: 'Issue a single-use password-reset link for a user, valid for one hour',
          params: userIdParamsSchema,
          response: { 201: linkSchema, ...refusals, 404: problemSchema },
        },
      },
      async (request, reply) => {
        authorize(request, 'user:issue-reset-link', { kind: 'user', id: request.params.id });
        const link = await issuePasswordReset(ctx, request.params.id);
        return reply.code(201).send({
          ...link,
          url: appLink(options, request, `/reset-password?token=${link.token}`),
        });
      },
    );

    app.post(
      '/admin/invites',
      {
        schema: {
          security: changesWithSession,
          tags: ['admin'],
          summary: 'Issue a single-use invite link, valid for 7 days',
          description: 'Signing up with its inviteToken uses it up and grants its role.',
          body: createInviteBodySchema,
          response: { 201: inviteSchema, 400: problemSchema, ...refusals },
        },
      },
      async (request, reply) => {
        authorize(request, 'invite:create', { kind: 'installation' });
        const invite = await createInvite(ctx, signedIn(request).userId, request.body.role);
        return reply.code(201).send({
          ...invite,
          url: appLink(options, request, `/signup?invite=${invite.token}`),
        });
      },
    );
  };
