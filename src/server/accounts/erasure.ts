// A user's right to their data: export every row that is about them, and erase their account.
import { assertAnotherActiveAdmin } from './admin-users.js';
import { AccountError, type AccountsContext } from './context.js';
import { verifyPassword } from './passwords.js';
import { listLabPasses } from '../labs/lab-passes.js';
import { exportAssessmentsForAccount } from '../learning/assessments.js';
import { exportLearningForAccount } from '../learning/learning-export.js';
import { exportReviewsForAccount } from '../learning/reviews.js';

export async function exportAccount(ctx: AccountsContext, userId: string) {
  const user = await ctx.db
    .selectFrom('users')
    .select([
      'id',
      'email',
      'name',
      'role',
      'created_at as createdAt',
      'updated_at as updatedAt',
      'deactivated_at as deactivatedAt',
    ])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  // Token hashes are left out: they are credentials, not information about the user.
  const sessions = await ctx.db
    .selectFrom('sessions')
    .select(['created_at as createdAt', 'last_seen_at as lastSeenAt', 'expires_at as expiresAt'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  const invitesIssued = await ctx.db
    .selectFrom('invites')
    .select(['role', 'created_at as createdAt', 'expires_at as expiresAt', 'used_at as usedAt'])
    .where('created_by', '=', userId)
    .orderBy('created_at')
    .execute();
  const passwordResets = await ctx.db
    .selectFrom('password_resets')
    .select(['created_at as createdAt', 'expires_at as expiresAt', 'used_at as usedAt'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  const labPasses = await listLabPasses(ctx, userId);
  const learning = await exportLearningForAccount(ctx, userId);
  const reviews = await exportReviewsForAccount(ctx, userId);
  const assessments = await exportAssessmentsForAccount(ctx, userId);
  return {
    exportedAt: ctx.now().toISOString(),
    user,
    sessions,
    invitesIssued,
    passwordResets,
    labPasses,
    learning,
    reviews,
    assessments,
  };
}

/** Erases the account and every row about it, in one transaction, after re-checking the password. */
export async function deleteAccount(
  ctx: AccountsContext,
  userId: string,
  password: string,
): Promise<void> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['password_hash', 'role'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(password, user.password_hash)))
    throw new AccountError(403, 'The password is incorrect; the account was not deleted.');
  await ctx.db.transaction().execute(async (db) => {
    if (user.role === 'admin')
      await assertAnotherActiveAdmin(db, userId, 'Deleting this admin account');
    await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await db.deleteFrom('password_resets').where('user_id', '=', userId).execute();
    await db.deleteFrom('invites').where('created_by', '=', userId).execute();
    // An invite this user accepted was issued by someone else: keep it, forget who used it.
    await db.updateTable('invites').set({ used_by: null }).where('used_by', '=', userId).execute();
    await db.deleteFrom('users').where('id', '=', userId).execute();
  });
}
