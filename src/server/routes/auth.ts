// Sign-up, sign-in, sign-out and password reset with a link. Thin: each route checks the
// policy, calls one use case and shapes the answer.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  loginBodySchema,
  problemSchema,
  resetPasswordBodySchema,
  sessionSchema,
  signupBodySchema,
} from '../../api/index.js';
import { endSession } from '../accounts/sessions.js';
import { signIn, signUp } from '../accounts/users.js';
import { resetPassword } from '../accounts/password-resets.js';
import { authorize, signedIn } from '../auth/authorize.js';
import { clearSessionCookie, setSessionCookie } from '../auth/request-auth.js';
import { changesWithSession, type AccountsRouteOptions } from './accounts-options.js';

const noSessionNeeded =
  'Needs no session. Like every state-changing route it refuses a cross-site Origin or ' +
  'Sec-Fetch-Site and a body that is not JSON.';

export const authRoutes =
  (options: AccountsRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const { ctx } = options;

    app.post(
      '/auth/signup',
      {
        config: { anonymous: true, rateLimit: options.rateLimits.signUp },
        schema: {
          tags: ['accounts'],
          summary: 'Create an account and sign in',
          description: `The first account of an installation becomes its admin. Depending on the server's sign-up mode anyone may sign up (open), only holders of an invite link (invite) or nobody (closed). Sets the session cookie. ${noSessionNeeded} Rate-limited per client address.`,
          body: signupBodySchema,
          response: {
            201: sessionSchema,
            400: problemSchema,
            403: problemSchema,
            409: problemSchema,
            429: problemSchema,
          },
        },
      },
      async (request, reply) => {
        authorize(request, 'account:create', { kind: 'installation' });
        const { account, session } = await signUp(ctx, options.signupMode, request.body);
        setSessionCookie(request, reply, session.token, session.expiresAt);
        return reply.code(201).send({ user: account, csrfToken: session.csrfToken });
      },
    );

    app.post(
      '/auth/login',
      {
        config: { anonymous: true, rateLimit: options.rateLimits.signIn },
        schema: {
          tags: ['accounts'],
          summary: 'Sign in with email and password',
          description: `Sets the session cookie. Any failure answers 401 "The email or password is incorrect." ${noSessionNeeded} Rate-limited per client address.`,
          body: loginBodySchema,
          response: {
            200: sessionSchema,
            400: problemSchema,
            401: problemSchema,
            429: problemSchema,
          },
        },
      },
      async (request, reply) => {
        authorize(request, 'session:create', { kind: 'installation' });
        const { account, session } = await signIn(ctx, request.body);
        setSessionCookie(request, reply, session.token, session.expiresAt);
        return { user: account, csrfToken: session.csrfToken };
      },
    );

    app.post(
      '/auth/logout',
      {
        schema: {
          security: changesWithSession,
          tags: ['accounts'],
          summary: 'Sign out: end this session and clear its cookie',
          description:
            'Needs the session and its X-CSRF-Token, so another site cannot sign you out.',
          response: {
            204: z.null().describe('Signed out'),
            401: problemSchema,
            403: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const actor = signedIn(request);
        authorize(request, 'session:end', { kind: 'account', ownerId: actor.userId });
        await endSession(ctx, actor.sessionId);
        clearSessionCookie(request, reply);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/auth/reset-password',
      {
        config: { anonymous: true, rateLimit: options.rateLimits.signIn },
        schema: {
          tags: ['accounts'],
          summary: 'Set a new password with a single-use reset link',
          description: `The link comes from an admin or from \`stafflab user reset-password EMAIL\` and lasts one hour. Ends every session of the account; sign in afterwards. ${noSessionNeeded}`,
          body: resetPasswordBodySchema,
          response: {
            204: z.null().describe('Password changed'),
            400: problemSchema,
            429: problemSchema,
          },
        },
      },
      async (request, reply) => {
        authorize(request, 'password:reset-with-link', { kind: 'installation' });
        await resetPassword(ctx, request.body.token, request.body.password);
        return reply.code(204).send(null);
      },
    );
  };
