import type { Kysely, Migration } from 'kysely';

/**
 * Lab passes: one row per challenge the server re-ran and saw pass. The knobs and the seed are
 * kept (JSON text and a 64-bit integer) so a pass can be replayed, and the conditions as the
 * server computed them. Every pass is kept: the first is the one that counts for progress, the
 * later ones show what else the learner tried.
 */
export const labPasses: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('lab_passes')
      .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
      .addColumn('user_id', 'varchar(36)', (col) =>
        col.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('lab_id', 'varchar(100)', (col) => col.notNull())
      .addColumn('knobs', 'text', (col) => col.notNull())
      .addColumn('seed', 'bigint', (col) => col.notNull())
      .addColumn('answer', 'varchar(100)')
      .addColumn('conditions', 'text', (col) => col.notNull())
      .addColumn('passed_at', 'varchar(30)', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('lab_passes_user_lab')
      .on('lab_passes')
      .columns(['user_id', 'lab_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('lab_passes').execute();
  },
};
