import { z } from 'zod';
import { documentCheckSchema, rubricLevelsSchema } from '../curriculum/schema/rubric.js';

export const practiceRefSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['lab', 'tool', 'artifact', 'exercise']),
    title: z.string(),
    status: z.enum(['planned', 'available']),
  })
  .meta({ id: 'PracticeRef' });

export const topicSummarySchema = z
  .object({
    id: z.string().describe('Stable topic id, the same in content, URLs, the database and the API'),
    title: z.string(),
    outline: z.string().describe('The outline bullet this topic covers'),
    hasLesson: z.boolean().describe('False while the lesson is not written yet'),
    practice: z.array(practiceRefSchema),
  })
  .meta({ id: 'TopicSummary' });

export const weekSummarySchema = z
  .object({
    number: z.int(),
    slug: z.string(),
    title: z.string(),
    hours: z.number().describe('Time budget of the week, in hours'),
    topics: z.array(topicSummarySchema),
  })
  .meta({ id: 'WeekSummary' });

export const programSchema = z
  .object({
    title: z.string(),
    modules: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        summary: z.string(),
        weeks: z.array(weekSummarySchema),
      }),
    ),
  })
  .meta({ id: 'Program' });

export const artifactSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string().nullable(),
    template: z
      .string()
      .nullable()
      .describe("The artifact's starting document (Markdown), or null"),
    rubric: z
      .object({
        criteria: z.array(
          z.object({ id: z.string(), name: z.string(), levels: rubricLevelsSchema }),
        ),
        checks: z
          .array(documentCheckSchema)
          .describe('Automatic document checks, run on a Markdown draft'),
      })
      .nullable(),
  })
  .meta({ id: 'Artifact' });

export const topicDetailSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    outline: z.string(),
    week: z.int(),
    module: z.object({ id: z.string(), title: z.string() }),
    practice: z.array(practiceRefSchema),
    artifacts: z
      .array(artifactSchema)
      .describe("Template and rubric of each of the topic's artifacts"),
    lesson: z
      .object({
        title: z.string(),
        minutes: z.int(),
        objectives: z.array(z.string()),
        references: z.array(z.string()),
        words: z.int(),
      })
      .nullable()
      .describe('Null while the lesson is not written yet'),
    quiz: z
      .object({ questions: z.int(), cards: z.int() })
      .describe('How many questions and cards the topic has'),
    previous: z.object({ id: z.string(), title: z.string() }).nullable(),
    next: z.object({ id: z.string(), title: z.string() }).nullable(),
  })
  .meta({ id: 'TopicDetail' });

export const weekDetailSchema = weekSummarySchema
  .extend({
    module: z.object({ id: z.string(), title: z.string() }),
    notes: z
      .string()
      .nullable()
      .describe("The week's notes (goals, plan, hand-ins) as Markdown, or null"),
  })
  .meta({ id: 'WeekDetail' });

export const topicIdParamsSchema = z.object({
  id: z.string().max(100).describe('Topic id, like `retry-strategy`'),
});

export const weekNumberParamsSchema = z.object({
  number: z.coerce.number().int().min(1).describe('Week number, from 1'),
});

export const healthSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

export type ProgramView = z.infer<typeof programSchema>;
export type TopicDetail = z.infer<typeof topicDetailSchema>;
export type WeekDetail = z.infer<typeof weekDetailSchema>;
export type TopicSummary = z.infer<typeof topicSummarySchema>;
export type PracticeRef = z.infer<typeof practiceRefSchema>;
export type ArtifactView = z.infer<typeof artifactSchema>;
