// Starts the real HTTP app on a free port for browser tests, with a throw-away SQLite database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../../src/server/app.js';
import { readContent } from '../../../src/server/content/read-content.js';
import { buildViews } from '../../../src/server/content/views.js';
import { openDatabase } from '../../../src/server/db/database.js';
import { migrateToLatest } from '../../../src/server/db/migrate.js';

export async function startTestServer(options: {
  contentDir: string;
  webRoot: string;
}): Promise<{ url: string; close(): Promise<void> }> {
  const report = readContent(options.contentDir);
  if (!report.content || report.errors.length > 0)
    throw new Error(`content invalid: ${JSON.stringify(report.errors.slice(0, 3))}`);
  const dir = mkdtempSync(join(tmpdir(), 'stafflab-e2e-'));
  const database = openDatabase({ kind: 'sqlite', file: join(dir, 'e2e.db') });
  await migrateToLatest(database);
  const app = await buildApp({
    database,
    views: buildViews(report.content),
    webRoot: options.webRoot,
    logLevel: 'warn',
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    close: async () => {
      await app.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
