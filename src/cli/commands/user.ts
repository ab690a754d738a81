// `stafflab user reset-password EMAIL`: an operator's way back in without email. Prints a
// single-use link, valid for one hour, to hand to the user.
import { join } from 'node:path';
import { AccountError } from '../../server/accounts/context.js';
import { productionCost } from '../../server/accounts/passwords.js';
import { issuePasswordResetByEmail } from '../../server/accounts/password-resets.js';
import { readConfig, type Config } from '../../server/config.js';
import { openDatabase } from '../../server/db/database.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import { CliError } from '../errors.js';

/** Where users open the app: the configured public URL, else the address the server listens on. */
function appBase(config: Config): string {
  if (config.publicUrl) return config.publicUrl;
  const host = ['0.0.0.0', '::', '[::]'].includes(config.host)
    ? 'localhost'
    : config.host.includes(':')
      ? `[${config.host}]`
      : config.host;
  return `http://${host}:${config.port}`;
}

export async function runUserResetPassword(email: string): Promise<void> {
  const config = readConfig(process.env, join);
  const database = openDatabase(config.database);
  try {
    // A database that was never migrated has no accounts; migrating says so plainly below.
    await migrateToLatest(database);
    const link = await issuePasswordResetByEmail(
      { db: database.db, cost: productionCost, now: () => new Date() },
      email,
    );
    process.stdout.write(
      `Password-reset link for ${email.trim().toLowerCase()} (works once, until ${link.expiresAt}):\n` +
        `${appBase(config)}/reset-password?token=${link.token}\n`,
    );
  } catch (error) {
    if (error instanceof AccountError) throw new CliError(error.message, 1);
    throw error;
  } finally {
    await database.close();
  }
}
