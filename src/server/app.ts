// Builds the HTTP application: security headers, the versioned API, its OpenAPI document and
// the web app's static files. Takes its collaborators as arguments so tests build it with a
// throw-away database and content.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
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
import { installProblemHandlers } from './http/problem.js';
import { contentRoutes } from './routes/content.js';
import { healthRoutes } from './routes/health.js';
import { packageVersion } from './paths.js';

export interface AppOptions {
  database: Database;
  views: ContentViews;
  /** The built web app (dist/web), or null to serve the API only. */
  webRoot: string | null;
  logLevel?: string;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
}

export const defaultBodyLimit = 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    // Requests are not logged one by one; errors are. Telemetry covers traffic.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? defaultBodyLimit,
    // While shutting down, answer 503 so a load balancer moves traffic elsewhere.
    return503OnClosing: true,
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
        description:
          'The versioned HTTP API of Stafflab. Errors are RFC 9457 problem details (application/problem+json).',
      },
      tags: [
        { name: 'curriculum', description: 'The program, its weeks and topics' },
        { name: 'platform', description: 'Health and operations' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  await app.register(
    async (api) => {
      await api.register(healthRoutes(options.database));
      await api.register(contentRoutes(options.views));
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
