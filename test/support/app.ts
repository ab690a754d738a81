// Builds the HTTP app for tests: the real content folder (or a given one), a throw-away
// database of the requested kind, and optionally a web root.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { readContent } from '../../src/server/content/read-content.js';
import { buildViews } from '../../src/server/content/views.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { defaultContentDir } from '../../src/server/paths.js';
import { createTestDatabase, type DatabaseKind } from './databases.js';

export async function createTestApp(
  kind: DatabaseKind,
  options: { webRoot?: string | null; contentDir?: string; bodyLimit?: number } = {},
): Promise<{ app: FastifyInstance; dispose(): Promise<void> }> {
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
  });
  return {
    app,
    dispose: async () => {
      await app.close();
      await dispose();
    },
  };
}
