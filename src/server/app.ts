// Builds the HTTP application: security headers, the versioned API, its OpenAPI document and
// the web app's static files. Takes its collaborators as arguments so tests build it with a
// throw-away database and content.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { apiBase } from '../api/index.js';
import type { Database } from './db/database.js';
import type { ContentViews } from './content/views.js';
import type { AccountsContext } from './accounts/context.js';
import { productionCost, type ScryptCost } from './accounts/passwords.js';
import type { SignupMode } from './accounts/users.js';
import { installRequestAuth } from './auth/request-auth.js';
import { installProblemHandlers } from './http/problem.js';
import type { AccountsRouteOptions, RateLimit } from './routes/accounts-options.js';
import { adminRoutes } from './routes/admin.js';
import { authRoutes } from './routes/auth.js';
import { contentRoutes } from './routes/content.js';
import { labRoutes } from './routes/labs.js';
import { progressRoutes } from './routes/progress.js';
import { quizRoutes } from './routes/quizzes.js';
import { reviewRoutes } from './routes/reviews.js';
import { healthRoutes } from './routes/health.js';
import { meRoutes } from './routes/me.js';
import { searchRoutes } from './routes/search.js';
import { activityRoutes } from './routes/activity.js';
import { calendarRoutes } from './routes/calendar.js';
import { assessmentRoutes } from './routes/assessments.js';
import { packageVersion } from './paths.js';

export interface AppOptions {
  database: Database;
  views: ContentViews;
  /** The built web app (dist/web), or null to serve the API only. */
  webRoot: string | null;
  logLevel?: string;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** Fastify's trustProxy: believe X-Forwarded-* from these proxies (TLS ends there). */
  trustProxy?: boolean | string[];
  accounts?: {
    signupMode?: SignupMode;
    /** Base URL of links handed out (invites, resets); default: the request's own origin. */
    publicUrl?: string | null;
    /** Tests lower it; production uses `productionCost`. */
    passwordCost?: ScryptCost;
    now?: () => Date;
    rateLimits?: Partial<AccountsRouteOptions['rateLimits']>;
  };
}

/** Per client address: enough for typos, too few for guessing. */
const defaultRateLimits: Record<'signIn' | 'signUp', RateLimit> = {
  signIn: { max: 10, timeWindow: 60_000 },
  signUp: { max: 5, timeWindow: 10 * 60_000 },
};

const csrfDescription = [
  'The versioned HTTP API of Stafflab. Errors are RFC 9457 problem details (application/problem+json).',
  '',
  '**Sessions.** Sign-up and sign-in set an HttpOnly, SameSite=Lax cookie `stafflab_session` (Secure over HTTPS) holding a random token; the server stores only its SHA-256. A session ends after 14 days without use.',
  '',
  "**CSRF.** Every state-changing request (POST, PUT, PATCH, DELETE) must be same-origin: an `Origin` header naming another origin, or `Sec-Fetch-Site: cross-site`/`same-site`, is refused with 403, and a body must be `application/json` (otherwise 415). With a session it must also carry the session's token in the `X-CSRF-Token` header; sign-up, sign-in and `GET /api/v1/me` return it as `csrfToken`. A missing or stale token is refused with 403. Sign-up, sign-in and reset-password need no session and rely on the same-origin rules alone.",
].join('\n');

export const defaultBodyLimit = 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    // Requests are not logged one by one; errors are. Telemetry covers traffic.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? defaultBodyLimit,
    // While shutting down, answer 503 so a load balancer moves traffic elsewhere.
    return503OnClosing: true,
    // Decides request.protocol (Secure cookies) and request.ip (rate limits) behind a proxy.
    trustProxy: options.trustProxy ?? false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const webRoot =
    options.webRoot && existsSync(join(options.webRoot, 'index.html')) ? options.webRoot : null;
  // Before any route plugin: plugins inherit the handlers that exist when they are registered.
  installProblemHandlers(
    app,
    apiBase,
    webRoot
      ? (_request, reply) => reply.type('text/html; charset=utf-8').sendFile('index.html')
      : null,
  );

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Localhost is served over plain HTTP; HSTS belongs to the TLS proxy in front of a deployment.
    strictTransportSecurity: false,
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Stafflab API',
        version: packageVersion,
        description: csrfDescription,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'stafflab_session' },
          csrfToken: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      tags: [
        { name: 'accounts', description: 'Sign-up, sign-in, the signed-in user and their data' },
        { name: 'admin', description: 'Users, roles, invites and reset links (admins only)' },
        { name: 'curriculum', description: 'The program, its weeks and topics, and lesson search' },
        { name: 'labs', description: 'Simulation labs and server-checked challenge passes' },
        {
          name: 'learning',
          description:
            'Reading, exercises, quizzes, progress, the plan and its calendar, recent activity',
        },
        {
          name: 'reviews',
          description: 'The spaced-repetition deck (FSRS), reviews and statistics',
        },
        {
          name: 'assessments',
          description: 'Level and archetype self-assessments and the program diagnostic',
        },
        { name: 'platform', description: 'Health and operations' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  const accounts: AccountsRouteOptions = {
    ctx: {
      db: options.database.db,
      cost: options.accounts?.passwordCost ?? productionCost,
      now: options.accounts?.now ?? (() => new Date()),
    } satisfies AccountsContext,
    signupMode: options.accounts?.signupMode ?? 'open',
    publicUrl: options.accounts?.publicUrl ?? null,
    rateLimits: { ...defaultRateLimits, ...options.accounts?.rateLimits },
  };
  await app.register(cookie);
  // Only routes that name a limit in their config are limited (sign-in, sign-up, reset).
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(
        new Error(
          `Too many attempts from your address. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
        ),
        { statusCode: context.statusCode },
      ),
  });

  await app.register(
    async (api) => {
      installRequestAuth(api, accounts.ctx, accounts.publicUrl);
      await api.register(healthRoutes(options.database));
      await api.register(authRoutes(accounts));
      await api.register(meRoutes(accounts));
      await api.register(adminRoutes(accounts));
      await api.register(contentRoutes(options.views));
      await api.register(labRoutes(options.views, accounts));
      await api.register(quizRoutes(options.views, accounts));
      await api.register(progressRoutes(options.views, accounts));
      await api.register(reviewRoutes(options.views, accounts));
      await api.register(searchRoutes(options.views));
      await api.register(activityRoutes(options.views, accounts));
      await api.register(calendarRoutes(options.views, accounts));
      await api.register(assessmentRoutes(options.views, accounts));
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: apiBase },
  );

  if (webRoot) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      setHeaders(reply, path) {
        // Hashed build assets never change; the HTML shell must be re-read on every visit.
        reply.header(
          'Cache-Control',
          path.includes(join('web', 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  return app;
}
