import { Migrator, type MigrationResult } from 'kysely';
import type { Database } from './database.js';
import { migrationProvider } from './migrations/index.js';

export class MigrationError extends Error {
  constructor(
    readonly migration: string | undefined,
    cause: unknown,
  ) {
    super(
      `Database migration ${migration ?? ''} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'MigrationError';
  }
}

/** Brings the schema up to date; returns the migrations it applied (empty when current). */
export async function migrateToLatest(database: Database): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    provider: migrationProvider,
    // Kysely looks for its bookkeeping tables in every schema unless told which one: with
    // several schemas in one database (parallel test runs) it would find another's and fail.
    ...(database.schema ? { migrationTableSchema: database.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r: MigrationResult) => r.status === 'Error');
  if (error) throw new MigrationError(failed?.migrationName, error);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Records when this installation was first set up, once. */
export async function recordInstallation(
  database: Database,
  now: Date,
  instanceId: string,
): Promise<void> {
  const stamp = now.toISOString();
  for (const [key, value] of [
    ['installed_at', stamp],
    ['installation_id', instanceId],
  ] as const) {
    await database.db
      .insertInto('app_meta')
      .values({ key, value, updated_at: stamp })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }
}

export async function readMeta(database: Database, key: string): Promise<string | undefined> {
  const row = await database.db
    .selectFrom('app_meta')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value;
}
