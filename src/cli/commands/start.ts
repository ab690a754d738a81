import { join } from 'node:path';
import { readConfig } from '../../server/config.js';
import { startServer } from '../../server/start.js';

export async function runStart(): Promise<void> {
  const config = readConfig(process.env, join);
  const server = await startServer(config);
  const where = server.database.describe;
  process.stdout.write(
    `Stafflab is running at ${server.url}\n` +
      `  data: ${where}${server.appliedMigrations.length ? ` (applied ${server.appliedMigrations.length} migration(s))` : ''}\n` +
      `  Press Ctrl+C to stop.\n`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\nReceived ${signal}, shutting down…\n`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(
          `Shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
