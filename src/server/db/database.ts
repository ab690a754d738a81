// Opens the database the configuration names: a SQLite file (default) or PostgreSQL.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { DatabaseSchema } from './schema.js';

export type DatabaseTarget =
  { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };

export interface Database {
  db: Kysely<DatabaseSchema>;
  kind: DatabaseTarget['kind'];
  /** A description safe to print: the file, or the PostgreSQL host and database without password. */
  describe: string;
  /** The PostgreSQL schema the connection is confined to, when it is not the default. */
  schema?: string;
  close(): Promise<void>;
}

export function openDatabase(target: DatabaseTarget): Database {
  if (target.kind === 'sqlite') {
    if (target.file !== ':memory:') mkdirSync(dirname(target.file), { recursive: true });
    const sqlite = new SQLite(target.file);
    // WAL lets readers proceed during a write; foreign keys are off by default in SQLite.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, kind: 'sqlite', describe: `SQLite ${target.file}`, close: () => db.destroy() };
  }
  const url = new URL(target.url);
  const pool = new pg.Pool({
    connectionString: target.url,
    max: 10,
    // Tests isolate themselves in a schema of their own.
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    describe: `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`,
    ...(target.schema ? { schema: target.schema } : {}),
    close: () => db.destroy(),
  };
}
