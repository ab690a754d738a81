// The database's tables as Kysely sees them. Timestamps are ISO 8601 UTC text
// (`2026-11-27T09:00:00.000Z`), identical in SQLite and PostgreSQL and sortable as text.

export interface AppMetaTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface DatabaseSchema {
  app_meta: AppMetaTable;
}
