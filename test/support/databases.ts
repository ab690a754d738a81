// Runs database tests against every database the project supports: SQLite always, and
// PostgreSQL too when STAFFLAB_TEST_PG_URL is set (CI sets it). Each PostgreSQL test database
// lives in a fresh schema that is dropped afterwards, so runs never see each other's rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/server/db/database.js';

export interface TestDatabase {
  database: Database;
  dispose(): Promise<void>;
}

export type DatabaseKind = 'sqlite' | 'postgres';

export const testDatabaseKinds: DatabaseKind[] = process.env.STAFFLAB_TEST_PG_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'stafflab-test-'));
    const database = openDatabase({ kind: 'sqlite', file: join(dir, 'test.db') });
    return {
      database,
      dispose: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.STAFFLAB_TEST_PG_URL!;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const database = openDatabase({ kind: 'postgres', url, schema });
  return {
    database,
    dispose: async () => {
      await database.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
