import { join } from 'node:path';
import { readConfig } from '../../server/config.js';
import { openDatabase } from '../../server/db/database.js';
import { migrateToLatest } from '../../server/db/migrate.js';

export async function runDbMigrate(): Promise<void> {
  const config = readConfig(process.env, join);
  const database = openDatabase(config.database);
  try {
    const applied = await migrateToLatest(database);
    process.stdout.write(
      applied.length === 0
        ? `${database.describe}: the schema is up to date.\n`
        : `${database.describe}: applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}\n`).join('')}`,
    );
  } finally {
    await database.close();
  }
}
