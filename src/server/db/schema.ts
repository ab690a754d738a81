// The database's tables as Kysely sees them. Timestamps are ISO 8601 UTC text
// (`2026-11-27T09:00:00.000Z`), identical in SQLite and PostgreSQL and sortable as text.

export interface AppMetaTable {
  key: string;
  value: string;
  updated_at: string;
}

export type Role = 'learner' | 'mentor' | 'admin';

export interface UsersTable {
  id: string;
  /** Lower-cased. */
  email: string;
  name: string;
  /** Self-describing scrypt hash: see src/server/accounts/passwords.ts. */
  password_hash: string;
  role: Role;
  created_at: string;
  updated_at: string;
  /** Null while the account is active. */
  deactivated_at: string | null;
}

/** The id of a session, invite or reset is the SHA-256 (hex) of its secret token. */
export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface InvitesTable {
  id: string;
  role: Role;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
}

export interface PasswordResetsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A lab challenge the server re-ran and saw pass. */
export interface LabPassesTable {
  id: string;
  user_id: string;
  lab_id: string;
  /** JSON: the knob values of the run. */
  knobs: string;
  /** PostgreSQL returns bigint as a string; read it with Number(). */
  seed: number | string;
  /** A diagnosis lab's answer. */
  answer: string | null;
  /** JSON: the conditions as the server evaluated them. */
  conditions: string;
  passed_at: string;
}

export interface DatabaseSchema {
  app_meta: AppMetaTable;
  users: UsersTable;
  sessions: SessionsTable;
  invites: InvitesTable;
  password_resets: PasswordResetsTable;
  lab_passes: LabPassesTable;
}
