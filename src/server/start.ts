// Starts the whole server: content, database (migrated), HTTP. Used by `stafflab start`.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { formatIssue, type SourceIssue } from '../curriculum/index.js';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { readContent } from './content/read-content.js';
import { buildViews } from './content/views.js';
import { openDatabase, type Database } from './db/database.js';
import { migrateToLatest, recordInstallation } from './db/migrate.js';
import { defaultContentDir, webRoot } from './paths.js';

/** The content folder has structural errors: the server will not serve a broken program. */
export class ContentInvalidError extends Error {
  constructor(
    readonly dir: string,
    readonly issues: SourceIssue[],
  ) {
    super(
      `The content in ${dir} has ${issues.length} error(s):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}\nRun \`stafflab content check\` after fixing them.`,
    );
    this.name = 'ContentInvalidError';
  }
}

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  appliedMigrations: string[];
  close(): Promise<void>;
}

export async function startServer(
  config: Config,
  options: { webRoot?: string | null } = {},
): Promise<RunningServer> {
  const contentDir = config.contentDir ?? defaultContentDir;
  const report = readContent(contentDir);
  if (!report.content || report.errors.length > 0)
    throw new ContentInvalidError(contentDir, report.errors);

  const database = openDatabase(config.database);
  let app: FastifyInstance | null = null;
  try {
    const appliedMigrations = await migrateToLatest(database);
    await recordInstallation(database, new Date(), randomUUID());
    app = await buildApp({
      database,
      views: buildViews(report.content),
      webRoot: options.webRoot === undefined ? webRoot : options.webRoot,
      logLevel: config.logLevel,
      trustProxy: config.trustProxy,
      accounts: { signupMode: config.signupMode, publicUrl: config.publicUrl },
    });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const running = app;
    return {
      app: running,
      database,
      url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
      appliedMigrations,
      close: async () => {
        await running.close();
        await database.close();
      },
    };
  } catch (error) {
    await app?.close();
    await database.close();
    throw error;
  }
}
