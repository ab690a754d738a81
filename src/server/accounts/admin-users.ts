// What an admin does to other accounts: list them, change a role, deactivate and reactivate.
// One rule holds throughout: an installation always keeps at least one active admin.
import type { Kysely } from 'kysely';
import type { DatabaseSchema, Role } from '../db/schema.js';
import { AccountError, type AccountsContext } from './context.js';
import { endAllSessions } from './sessions.js';

export interface AdminUserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  deactivatedAt: string | null;
}

const columns = [
  'id',
  'email',
  'name',
  'role',
  'created_at as createdAt',
  'deactivated_at as deactivatedAt',
] as const;

export async function listUsers(ctx: AccountsContext): Promise<AdminUserView[]> {
  return ctx.db.selectFrom('users').select(columns).orderBy('created_at').orderBy('id').execute();
}

/** Refuses a change that would leave no active admin. */
export async function assertAnotherActiveAdmin(
  db: Kysely<DatabaseSchema>,
  userId: string,
  what: string,
): Promise<void> {
  const others = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('role', '=', 'admin')
    .where('deactivated_at', 'is', null)
    .where('id', '!=', userId)
    .executeTakeFirstOrThrow();
  if (Number(others.n) === 0)
    throw new AccountError(
      409,
      `${what} would leave the installation without an active admin. Make another user admin first.`,
    );
}

export async function updateUser(
  ctx: AccountsContext,
  userId: string,
  change: { role?: Role | undefined; active?: boolean | undefined },
): Promise<AdminUserView> {
  return ctx.db.transaction().execute(async (db) => {
    const user = await db
      .selectFrom('users')
      .select(columns)
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user) throw new AccountError(404, `There is no user with id "${userId}".`);
    const stillAdmin =
      (change.role ?? user.role) === 'admin' &&
      (change.active ?? user.deactivatedAt === null) === true;
    if (user.role === 'admin' && user.deactivatedAt === null && !stillAdmin)
      await assertAnotherActiveAdmin(
        db,
        userId,
        change.active === false ? 'Deactivating this admin' : 'Changing this admin’s role',
      );
    const now = ctx.now().toISOString();
    const deactivatedAt =
      change.active === undefined
        ? user.deactivatedAt
        : change.active
          ? null
          : (user.deactivatedAt ?? now);
    await db
      .updateTable('users')
      .set({ role: change.role ?? user.role, deactivated_at: deactivatedAt, updated_at: now })
      .where('id', '=', userId)
      .execute();
    // A deactivated user is signed out at once, on every device.
    if (deactivatedAt !== null) await endAllSessions({ ...ctx, db }, userId);
    return { ...user, role: change.role ?? user.role, deactivatedAt };
  });
}
