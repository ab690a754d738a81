// The learner's plan, one row of learner_settings. A learner without a row has the default plan:
// no start date, the standard pace and a desired retention of 0.9. Reviews read the retention
// from the same row.
import type { Kysely } from 'kysely';
import type { PlanUpdateBody } from '../../api/index.js';
import { defaultPlan, type Plan } from '../../learning/progress/index.js';
import type { AccountsContext } from '../accounts/context.js';
import type { DatabaseSchema } from '../db/schema.js';

export async function readPlan(db: Kysely<DatabaseSchema>, userId: string): Promise<Plan> {
  const row = await db
    .selectFrom('learner_settings')
    .select(['start_date', 'days_per_week', 'desired_retention'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return defaultPlan;
  return {
    startDate: row.start_date,
    daysPerWeek: Number(row.days_per_week),
    desiredRetention: Number(row.desired_retention),
  };
}

/** Applies the fields given over the current plan and stores the result. */
export async function updatePlan(
  ctx: AccountsContext,
  userId: string,
  body: PlanUpdateBody,
): Promise<Plan> {
  return ctx.db.transaction().execute(async (trx) => {
    const current = await readPlan(trx, userId);
    const next: Plan = {
      startDate: body.startDate === undefined ? current.startDate : body.startDate,
      daysPerWeek: body.daysPerWeek ?? current.daysPerWeek,
      desiredRetention: body.desiredRetention ?? current.desiredRetention,
    };
    const row = {
      start_date: next.startDate,
      days_per_week: next.daysPerWeek,
      desired_retention: next.desiredRetention,
      updated_at: ctx.now().toISOString(),
    };
    await trx
      .insertInto('learner_settings')
      .values({ user_id: userId, ...row })
      .onConflict((conflict) => conflict.column('user_id').doUpdateSet(row))
      .execute();
    return next;
  });
}
