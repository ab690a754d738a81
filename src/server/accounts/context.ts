// What the account use cases need: the database, the password-hashing cost and a clock.
// Tests pass a low hashing cost and a clock they can move; the server passes the real ones.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import type { ScryptCost } from './passwords.js';

export interface AccountsContext {
  db: Kysely<DatabaseSchema>;
  cost: ScryptCost;
  now(): Date;
}

/** A secret for a cookie or a link: 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: its SHA-256, so a copy of the database opens nothing. */
export function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isoAfter(now: Date, milliseconds: number): string {
  return new Date(now.getTime() + milliseconds).toISOString();
}

export const minutes = 60 * 1000;
export const hours = 60 * minutes;
export const days = 24 * hours;

/**
 * A use case's refusal, with the HTTP status the API answers it with. The problem handler
 * turns it into an RFC 9457 document; the CLI prints its message.
 */
export class AccountError extends Error {
  constructor(
    readonly statusCode: 400 | 401 | 403 | 404 | 409,
    message: string,
    /** The request field at fault (`body.password`), so a form can show the message beside it. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AccountError';
  }
}
