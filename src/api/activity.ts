// The learner's recent activity: what they read, practised, checked and reviewed, newest first.
import { z } from 'zod';
import { tzOffsetSchema } from './reviews.js';

export const activityQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(100, 'must be at most 100')
    .default(20)
    .describe('How many events to send, newest first; default 20'),
  tzOffset: tzOffsetSchema.describe(
    'Minutes east of UTC that days are counted in when reviews are summed per day (UTC+2 is 120); default 0',
  ),
});

export const activityKindSchema = z
  .enum([
    'lesson-read',
    'tested-out',
    'exercise-done',
    'quiz-attempt',
    'lab-passed',
    'reviews',
    'assessment',
  ])
  .describe(
    'lesson-read: marked a lesson read; tested-out: passed its quiz before reading; ' +
      'exercise-done: marked an exercise done; quiz-attempt: submitted a quiz; lab-passed: the ' +
      'first pass of a lab; reviews: the cards reviewed in one day; assessment: a self-assessment or diagnostic taken',
  )
  .meta({ id: 'ActivityKind' });
export type ActivityKind = z.infer<typeof activityKindSchema>;

const ref = z.object({ id: z.string(), title: z.string() });

export const activityItemSchema = z
  .object({
    kind: activityKindSchema,
    at: z
      .string()
      .describe('When it happened (the last review of the day for `reviews`), ISO 8601'),
    summary: z.string().describe('One line saying what happened, ready to show'),
    topic: ref.nullable().describe('The topic it is about, if any'),
    lab: ref.nullable(),
    link: z.string().describe('Where in the web app it leads, such as /topics/retry-strategy'),
    quiz: z
      .object({
        correct: z.int(),
        total: z.int(),
        score: z.number().describe('correct / total, 0–1'),
        passed: z.boolean(),
        attempt: z.int().describe('1 for the first attempt at this quiz'),
      })
      .nullable(),
    reviews: z
      .object({
        count: z.int().describe('Cards reviewed that day'),
        day: z.string().describe('YYYY-MM-DD, in the time zone of `tzOffset`'),
      })
      .nullable(),
    assessment: z
      .object({ kind: z.enum(['level', 'archetypes', 'diagnostic-start', 'diagnostic-end']) })
      .nullable(),
  })
  .meta({ id: 'ActivityItem' });
export type ActivityItem = z.infer<typeof activityItemSchema>;

export const activitySchema = z
  .object({ items: z.array(activityItemSchema).describe('Newest first') })
  .meta({ id: 'Activity' });
export type Activity = z.infer<typeof activitySchema>;
