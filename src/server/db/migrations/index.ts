// Every migration, in order. Names sort in the order they run and are never renamed: the
// database records them. Migrations are imported, not read from a folder, so they work the
// same from source, from the build and from a bundle.
import type { Migration, MigrationProvider } from 'kysely';
import { appMeta } from './0001-app-meta.js';
import { accounts } from './0002-accounts.js';
import { labPasses } from './0003-lab-passes.js';
import { learning } from './0004-learning.js';

export const migrations: Record<string, Migration> = {
  '0001-app-meta': appMeta,
  '0002-accounts': accounts,
  '0003-lab-passes': labPasses,
  '0004-learning': learning,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
