// The learner's recent activity, merged from the tables where each kind of event is recorded.
// Nothing is stored for it: it is a view over reads, exercises, quiz attempts, lab passes,
// reviews and assessments. Each source is asked for its newest `limit` events at most, so the
// merge never reads more than it can show.
import type { Content } from '../../curriculum/index.js';
import { passes } from '../../learning/quiz/grade.js';
import type { ActivityItem } from '../../api/index.js';
import type { AssessmentKind } from '../db/schema.js';
import type { AccountsContext } from '../accounts/context.js';

export interface ActivityOptions {
  limit: number;
  /** Minutes east of UTC: reviews are summed per day of the learner's clock. */
  tzOffset: number;
}

/** Reviews read to sum them per day: a generous month of daily sessions. */
const reviewRowsRead = 5000;

const assessmentNames: Record<AssessmentKind, string> = {
  level: 'the level self-assessment',
  archetypes: 'the archetype questionnaire',
  'diagnostic-start': 'the program diagnostic (start)',
  'diagnostic-end': 'the program diagnostic (end)',
};

/** Where the web app shows each kind of assessment. */
export const assessmentLinks: Record<AssessmentKind, string> = {
  level: '/assessments/level',
  archetypes: '/assessments/archetypes',
  'diagnostic-start': '/diagnostic',
  'diagnostic-end': '/diagnostic',
};

const blank = { topic: null, lab: null, quiz: null, reviews: null, assessment: null };

/** The calendar day of an instant on a clock `tzOffset` minutes east of UTC. */
export function dayAt(iso: string, tzOffset: number): string {
  return new Date(Date.parse(iso) + tzOffset * 60_000).toISOString().slice(0, 10);
}

export async function listActivity(
  ctx: AccountsContext,
  content: Content,
  userId: string,
  { limit, tzOffset }: ActivityOptions,
): Promise<ActivityItem[]> {
  const { db } = ctx;
  // A topic or lab removed from the content since keeps its id as its title.
  const topicRef = (id: string) => ({ id, title: content.topicById.get(id)?.title ?? id });
  const labTitle = (id: string) =>
    content.labs.get(id)?.title ?? content.practiceById.get(id)?.title ?? id;

  const [reads, exercises, attempts, labPasses, reviews, assessments] = await Promise.all([
    db
      .selectFrom('topic_reads')
      .select(['topic_id', 'via', 'read_at'])
      .where('user_id', '=', userId)
      .orderBy('read_at', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('exercise_completions')
      .select(['topic_id', 'exercise_id', 'done_at'])
      .where('user_id', '=', userId)
      .orderBy('done_at', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('quiz_attempts')
      .select(['topic_id', 'attempt_number', 'correct', 'total', 'submitted_at'])
      .where('user_id', '=', userId)
      .orderBy('submitted_at', 'desc')
      .limit(limit)
      .execute(),
    // A lab's first pass is the event; passing it again later is practice, not news.
    db
      .selectFrom('lab_passes')
      .select((eb) => ['lab_id', eb.fn.min('passed_at').as('first_passed_at')])
      .where('user_id', '=', userId)
      .groupBy('lab_id')
      .orderBy('first_passed_at', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('review_logs')
      .select('reviewed_at')
      .where('user_id', '=', userId)
      .orderBy('reviewed_at', 'desc')
      .limit(reviewRowsRead)
      .execute(),
    db
      .selectFrom('assessment_results')
      .select(['kind', 'taken_at'])
      .where('user_id', '=', userId)
      .orderBy('taken_at', 'desc')
      .limit(limit)
      .execute(),
  ]);

  const items: ActivityItem[] = [];
  for (const read of reads) {
    const topic = topicRef(read.topic_id);
    items.push({
      ...blank,
      kind: read.via === 'test-out' ? 'tested-out' : 'lesson-read',
      at: read.read_at,
      summary:
        read.via === 'test-out'
          ? `Tested out of “${topic.title}”: passed its quiz before reading`
          : `Read “${topic.title}”`,
      topic,
      link: `/topics/${topic.id}`,
    });
  }
  for (const done of exercises) {
    const topic = topicRef(done.topic_id);
    const title = content.practiceById.get(done.exercise_id)?.title ?? done.exercise_id;
    items.push({
      ...blank,
      kind: 'exercise-done',
      at: done.done_at,
      summary: `Did the exercise “${title}”`,
      topic,
      link: `/topics/${topic.id}`,
    });
  }
  for (const attempt of attempts) {
    const topic = topicRef(attempt.topic_id);
    const [correct, total] = [Number(attempt.correct), Number(attempt.total)];
    const score = total === 0 ? 1 : correct / total;
    const passed = passes(score);
    items.push({
      ...blank,
      kind: 'quiz-attempt',
      at: attempt.submitted_at,
      summary: `${passed ? 'Passed' : 'Took'} the quiz on “${topic.title}”: ${correct} of ${total}`,
      topic,
      link: `/topics/${topic.id}`,
      quiz: { correct, total, score, passed, attempt: Number(attempt.attempt_number) },
    });
  }
  for (const pass of labPasses) {
    const lab = { id: pass.lab_id, title: labTitle(pass.lab_id) };
    const topicId = content.labs.get(pass.lab_id)?.topic;
    items.push({
      ...blank,
      kind: 'lab-passed',
      at: String(pass.first_passed_at),
      summary: `Passed the lab “${lab.title}”`,
      topic: topicId ? topicRef(topicId) : null,
      lab,
      link: `/labs/${lab.id}`,
    });
  }
  for (const day of reviewDays(reviews, tzOffset).slice(0, limit)) {
    items.push({
      ...blank,
      kind: 'reviews',
      at: day.last,
      summary: `Reviewed ${day.count} ${day.count === 1 ? 'card' : 'cards'}`,
      link: '/reviews',
      reviews: { count: day.count, day: day.day },
    });
  }
  for (const result of assessments) {
    items.push({
      ...blank,
      kind: 'assessment',
      at: result.taken_at,
      summary: `Took ${assessmentNames[result.kind]}`,
      link: assessmentLinks[result.kind],
      assessment: { kind: result.kind },
    });
  }
  // ISO 8601 UTC text sorts as time; ties keep the order above (a read before its quiz).
  return items.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit);
}

/** Reviews summed per day, newest day first; `last` is the day's latest review. */
function reviewDays(
  rows: readonly { reviewed_at: string }[],
  tzOffset: number,
): { day: string; count: number; last: string }[] {
  const days: { day: string; count: number; last: string }[] = [];
  for (const { reviewed_at } of rows) {
    const day = dayAt(reviewed_at, tzOffset);
    const current = days.at(-1);
    // Rows come newest first, so a day's rows are consecutive and its first row is its last review.
    if (current?.day === day) current.count += 1;
    else days.push({ day, count: 1, last: reviewed_at });
  }
  // When the read stopped at its cap, the oldest day read may be missing reviews: leave it out.
  return rows.length === reviewRowsRead ? days.slice(0, -1) : days;
}
