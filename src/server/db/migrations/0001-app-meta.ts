import type { Kysely, Migration } from 'kysely';

/**
 * Installation metadata: when this database was set up and a random id for the installation
 * (used to tell instances of one deployment apart in telemetry). Later migrations add the
 * learning tables.
 */
export const appMeta: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('app_meta')
      .addColumn('key', 'varchar(100)', (col) => col.primaryKey())
      .addColumn('value', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'varchar(30)', (col) => col.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('app_meta').execute();
  },
};
