// The learner's plan as an iCalendar file (src/learning/calendar): their start date and pace
// from learner_settings, the weeks and topics from the content.
import type { Content } from '../../curriculum/index.js';
import { planCalendar } from '../../learning/calendar/plan-calendar.js';
import { AccountError, type AccountsContext } from '../accounts/context.js';

export async function planCalendarFor(
  ctx: AccountsContext,
  content: Content,
  userId: string,
  /** The web app's address, such as `https://learn.example.com`, for each week's link. */
  appBase: string,
): Promise<string> {
  const settings = await ctx.db
    .selectFrom('learner_settings')
    .select(['start_date', 'days_per_week', 'updated_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!settings?.start_date)
    throw new AccountError(409, 'Choose a start date first (PUT /api/v1/me/plan).');
  return planCalendar({
    startDate: settings.start_date,
    daysPerWeek: Number(settings.days_per_week),
    weeks: content.weeks.map((week) => ({
      number: week.number,
      title: week.title,
      hours: week.hours,
      topics: week.topics.map((topic) => ({
        title: content.topicById.get(topic.id)?.title ?? topic.id,
      })),
    })),
    now: ctx.now(),
    weekUrl: (n) => `${appBase.replace(/\/+$/, '')}/weeks/${n}`,
    // Minutes since 1970 of the plan's last change: grows with every change and stays far
    // inside the 32-bit INTEGER of RFC 5545 (§3.3.8) for millennia.
    sequence: Math.floor(Date.parse(settings.updated_at) / 60_000),
  });
}
