// The learner's progress and plan over HTTP: what they read, practised and checked per topic,
// per week and per module, where their plan puts them today, and what to do next.
import { z } from 'zod';
import { isCalendarDate } from '../learning/progress/dates.js';
import { daysPerWeekRange } from '../learning/progress/plan.js';
import { retentionBounds } from '../learning/reviews/ratings.js';

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, 'must be a real calendar date written YYYY-MM-DD, like 2026-03-02');

export const planSchema = z
  .object({
    startDate: z.string().nullable().describe('YYYY-MM-DD, the first day of week 1; null if unset'),
    daysPerWeek: z
      .int()
      .describe('Calendar days per program week: 7 standard, 10 relaxed, 14 half pace'),
    desiredRetention: z
      .number()
      .describe(
        `Share of review cards the learner wants to recall (FSRS), ${retentionBounds.min}–${retentionBounds.max}`,
      ),
  })
  .meta({ id: 'Plan' });
export type PlanView = z.infer<typeof planSchema>;

export const planUpdateBodySchema = z
  .object({
    startDate: calendarDateSchema.nullable().optional().describe('Null clears the start date'),
    daysPerWeek: z
      .int('must be a whole number of days')
      .min(daysPerWeekRange.min, `must be ${daysPerWeekRange.min}–${daysPerWeekRange.max} days`)
      .max(daysPerWeekRange.max, `must be ${daysPerWeekRange.min}–${daysPerWeekRange.max} days`)
      .optional(),
    desiredRetention: z
      .number()
      .min(retentionBounds.min, `must be between ${retentionBounds.min} and ${retentionBounds.max}`)
      .max(retentionBounds.max, `must be between ${retentionBounds.min} and ${retentionBounds.max}`)
      .optional(),
  })
  .describe('Fields left out keep their current value')
  .meta({ id: 'PlanUpdate' });
export type PlanUpdateBody = z.infer<typeof planUpdateBodySchema>;

export const progressQuerySchema = z.object({
  today: calendarDateSchema
    .optional()
    .describe('The learner’s local date, YYYY-MM-DD; default: the server’s date in UTC'),
});

const practiceItemProgressSchema = z.object({
  id: z.string(),
  kind: z.enum(['lab', 'tool', 'artifact', 'exercise']),
  title: z.string(),
  status: z.enum(['available', 'planned']),
  required: z
    .boolean()
    .describe('Counts for the practice: available, and something the server can record'),
  done: z.boolean(),
  doneAt: z.string().nullable(),
});

export const topicProgressSchema = z
  .object({
    topicId: z.string(),
    title: z.string(),
    week: z.int(),
    moduleId: z.string(),
    read: z.object({
      done: z.boolean(),
      at: z.string().nullable(),
      via: z
        .enum(['read', 'test-out'])
        .nullable()
        .describe('`test-out`: passed the quiz before reading'),
    }),
    practice: z.object({
      done: z.boolean().describe('Every required item is done'),
      items: z.array(practiceItemProgressSchema),
    }),
    check: z.object({
      done: z.boolean().describe('Best score ≥ 0.75 (or the topic has no quiz questions)'),
      questions: z.int(),
      attempts: z.int(),
      firstScore: z.number().nullable().describe('Score of the first attempt, 0–1'),
      bestScore: z.number().nullable().describe('Best score of any attempt, 0–1'),
    }),
    complete: z.boolean().describe('read, practice and check all done'),
  })
  .meta({ id: 'TopicProgress' });
export type TopicProgressView = z.infer<typeof topicProgressSchema>;

const completion = {
  topics: z.int(),
  complete: z.int().describe('Topics complete'),
  fraction: z.number().describe('complete / topics, 0–1'),
};

const topicPartSchema = z.enum(['read', 'practice', 'check']);

export const progressSchema = z
  .object({
    plan: planSchema,
    schedule: z.object({
      status: z
        .enum(['unscheduled', 'not-started', 'in-progress', 'finished'])
        .describe('unscheduled: no start date; not-started: it is in the future'),
      today: z.string().describe('The date the schedule was computed for'),
      endDate: z.string().nullable().describe('The last day of week 20'),
    }),
    currentWeek: z
      .int()
      .nullable()
      .describe('The week today falls in; null before the start; 20 after the end'),
    topics: z.array(topicProgressSchema).describe('Every topic, in program order'),
    weeks: z.array(
      z.object({
        number: z.int(),
        title: z.string(),
        moduleId: z.string(),
        topicIds: z.array(z.string()),
        ...completion,
        startDate: z.string().nullable(),
        endDate: z.string().nullable().describe('The week’s last day, inclusive'),
        current: z.boolean(),
      }),
    ),
    modules: z.array(
      z.object({ id: z.string(), title: z.string(), weeks: z.array(z.int()), ...completion }),
    ),
    totals: z.object({
      ...completion,
      read: z.int().describe('Topics read'),
      practiced: z.int().describe('Topics whose practice is done'),
      checked: z.int().describe('Topics whose quiz is passed'),
    }),
    nextStep: z
      .object({
        topicId: z.string(),
        title: z.string(),
        week: z.int(),
        part: topicPartSchema.describe('What to do first: read, then practice, then check'),
        missing: z.array(topicPartSchema),
        inCurrentWeek: z.boolean(),
      })
      .nullable()
      .describe('The first incomplete topic of this week, else of the program; null when done'),
  })
  .meta({ id: 'Progress' });
export type ProgressView = z.infer<typeof progressSchema>;

export const topicReadResultSchema = z
  .object({
    topicId: z.string(),
    readAt: z.string().describe('When it was first marked read'),
    via: z.enum(['read', 'test-out']),
    cardsAdded: z.int().describe('The topic’s review cards added to the deck now'),
  })
  .meta({ id: 'TopicRead' });
export type TopicReadResult = z.infer<typeof topicReadResultSchema>;

export const exerciseBodySchema = z
  .object({
    reflection: z
      .string()
      .trim()
      .min(20, 'write at least 20 characters: what you did, and what you would do differently')
      .max(2000, 'keep it under 2,000 characters: the exercise itself lives in your notes')
      .describe('What you did and learned, 20–2,000 characters (trimmed)'),
  })
  .meta({ id: 'ExerciseDone' });
export type ExerciseBody = z.infer<typeof exerciseBodySchema>;

export const exerciseResultSchema = z
  .object({
    topicId: z.string(),
    exerciseId: z.string(),
    reflection: z.string(),
    doneAt: z.string().describe('When it was first marked done'),
  })
  .meta({ id: 'Exercise' });
export type ExerciseResult = z.infer<typeof exerciseResultSchema>;

/** The learning part of a learner's data export. */
export const learningExportSchema = z
  .object({
    plan: planSchema.extend({ updatedAt: z.string() }).nullable(),
    reads: z.array(
      z.object({ topicId: z.string(), via: z.enum(['read', 'test-out']), readAt: z.string() }),
    ),
    exercises: z.array(exerciseResultSchema),
    quizAttempts: z.array(
      z.object({
        topicId: z.string(),
        attemptNumber: z.int(),
        correct: z.int(),
        total: z.int(),
        beforeReading: z.boolean(),
        submittedAt: z.string(),
        answers: z.array(
          z.object({
            questionId: z.string(),
            given: z.union([z.string(), z.number()]).nullable(),
            correct: z.boolean(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'LearningExport' });
export type LearningExport = z.infer<typeof learningExportSchema>;
