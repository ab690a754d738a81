// Builds the HTTP app for tests: the real content folder (or a given one), a throw-away
// database of the requested kind, and optionally a web root.
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/server/app.js';
import { readContent } from '../../src/server/content/read-content.js';
import { buildViews } from '../../src/server/content/views.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { defaultContentDir } from '../../src/server/paths.js';
import type { Database } from '../../src/server/db/database.js';
import { createTestDatabase, type DatabaseKind } from './databases.js';

/** Hashing at the production cost would make every sign-up in a test take ~100 ms. */
export const testPasswordCost = { logN: 6, r: 8, p: 1 };

export async function createTestApp(
  kind: DatabaseKind,
  options: {
    webRoot?: string | null;
    contentDir?: string;
    bodyLimit?: number;
    trustProxy?: AppOptions['trustProxy'];
    accounts?: AppOptions['accounts'];
  } = {},
): Promise<{ app: FastifyInstance; database: Database; dispose(): Promise<void> }> {
  const report = readContent(options.contentDir ?? defaultContentDir);
  if (!report.content || report.errors.length > 0)
    throw new Error(`test content is invalid: ${JSON.stringify(report.errors)}`);
  const { database, dispose } = await createTestDatabase(kind);
  await migrateToLatest(database);
  const app = await buildApp({
    database,
    views: buildViews(report.content),
    webRoot: options.webRoot ?? null,
    logLevel: 'silent',
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
    accounts: {
      passwordCost: testPasswordCost,
      // Generous, so suites that sign many users up are not limited; limit tests pass their own.
      rateLimits: {
        signIn: { max: 1000, timeWindow: 60_000 },
        signUp: { max: 1000, timeWindow: 60_000 },
      },
      ...options.accounts,
    },
  });
  return {
    app,
    database,
    dispose: async () => {
      await app.close();
      await dispose();
    },
  };
}
