import { describe, expect, it } from 'vitest';
import { Migrator, NO_MIGRATIONS, sql } from 'kysely';
import { createTestDatabase, testDatabaseKinds } from '../../../test/support/databases.js';
import { migrateToLatest, readMeta, recordInstallation } from './migrate.js';
import { migrationProvider, migrations } from './migrations/index.js';

describe.each(testDatabaseKinds)('migrations on %s', (kind) => {
  it('applies every migration once, then nothing on the next start', async () => {
    const { database, dispose } = await createTestDatabase(kind);
    try {
      expect(await migrateToLatest(database)).toEqual(Object.keys(migrations));
      expect(await migrateToLatest(database)).toEqual([]);
    } finally {
      await dispose();
    }
  });

  it('records the installation once and keeps the first record', async () => {
    const { database, dispose } = await createTestDatabase(kind);
    try {
      await migrateToLatest(database);
      await recordInstallation(database, new Date('2026-01-02T03:04:05.000Z'), 'first');
      await recordInstallation(database, new Date('2027-01-01T00:00:00.000Z'), 'second');
      expect(await readMeta(database, 'installed_at')).toBe('2026-01-02T03:04:05.000Z');
      expect(await readMeta(database, 'installation_id')).toBe('first');
      const { rows } = await sql<{
        n: number | string;
      }>`select count(*) as n from app_meta`.execute(database.db);
      expect(Number(rows[0]!.n)).toBe(2);
    } finally {
      await dispose();
    }
  });

  it('rolls every migration back down to an empty schema', async () => {
    const { database, dispose } = await createTestDatabase(kind);
    try {
      await migrateToLatest(database);
      const migrator = new Migrator({ db: database.db, provider: migrationProvider });
      const { error } = await migrator.migrateTo(NO_MIGRATIONS);
      expect(error).toBeUndefined();
      const tables = (await database.db.introspection.getTables()).map((t) => t.name);
      for (const table of ['app_meta', 'users', 'sessions', 'invites', 'password_resets'])
        expect(tables).not.toContain(table);
    } finally {
      await dispose();
    }
  });
});
