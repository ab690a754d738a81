import { sql, type Kysely, type Migration } from 'kysely';

const roleCheck = sql`role in ('learner', 'mentor', 'admin')`;

/**
 * Accounts: users, their sessions, invites and password-reset links. Ids are text (random
 * UUIDs for users; the SHA-256 of the secret token for sessions, invites and resets, so a
 * leaked database does not hand out working tokens). Timestamps are ISO 8601 UTC text.
 * "Deactivated" is a nullable timestamp rather than a boolean: the two dialects store
 * booleans differently, and the moment is worth keeping.
 */
export const accounts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
      // Stored lower-cased by the use cases; unique so one address is one account.
      .addColumn('email', 'varchar(254)', (col) => col.notNull().unique())
      .addColumn('name', 'varchar(100)', (col) => col.notNull())
      .addColumn('password_hash', 'text', (col) => col.notNull())
      .addColumn('role', 'varchar(10)', (col) => col.notNull().check(roleCheck))
      .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
      .addColumn('updated_at', 'varchar(30)', (col) => col.notNull())
      .addColumn('deactivated_at', 'varchar(30)')
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('user_id', 'varchar(36)', (col) =>
        col.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('csrf_token', 'varchar(64)', (col) => col.notNull())
      .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
      .addColumn('last_seen_at', 'varchar(30)', (col) => col.notNull())
      .addColumn('expires_at', 'varchar(30)', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('invites')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('role', 'varchar(10)', (col) => col.notNull().check(roleCheck))
      .addColumn('created_by', 'varchar(36)', (col) =>
        col.references('users.id').onDelete('set null'),
      )
      .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
      .addColumn('expires_at', 'varchar(30)', (col) => col.notNull())
      .addColumn('used_at', 'varchar(30)')
      .addColumn('used_by', 'varchar(36)', (col) => col.references('users.id').onDelete('set null'))
      .execute();

    await db.schema
      .createTable('password_resets')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('user_id', 'varchar(36)', (col) =>
        col.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('created_at', 'varchar(30)', (col) => col.notNull())
      .addColumn('expires_at', 'varchar(30)', (col) => col.notNull())
      .addColumn('used_at', 'varchar(30)')
      .execute();
    await db.schema
      .createIndex('password_resets_user_id')
      .on('password_resets')
      .column('user_id')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['password_resets', 'invites', 'sessions', 'users'])
      await db.schema.dropTable(table).execute();
  },
};
