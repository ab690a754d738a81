import { z } from 'zod';
import { idSchema, practiceKindSchema, textSchema } from './common.js';

export const topicSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  /** The outline bullet this topic covers, verbatim. */
  outline: textSchema,
  /** Ids from the practice registry, in the order the week does them. */
  practice: z.array(idSchema).min(1, 'every topic needs at least one practice'),
});

export const weekSchema = z.strictObject({
  number: z.int().min(1).max(52),
  slug: idSchema,
  title: textSchema,
  /** Honest time budget of the week's plan, reading and practice together. */
  hours: z.number().positive().max(40),
  topics: z.array(topicSchema).min(1, 'a week needs at least one topic'),
});

export const moduleSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  summary: textSchema,
  weeks: z.array(weekSchema).min(1, 'a module needs at least one week'),
});

export const practiceStatusSchema = z.enum(['planned', 'available']);

export const practiceEntrySchema = z.strictObject({
  id: idSchema,
  kind: practiceKindSchema,
  title: textSchema,
  status: practiceStatusSchema,
});

export const programSchema = z.strictObject({
  title: textSchema,
  modules: z.array(moduleSchema).min(1),
  practice: z.array(practiceEntrySchema),
});

export type Topic = z.infer<typeof topicSchema>;
export type Week = z.infer<typeof weekSchema>;
export type Module = z.infer<typeof moduleSchema>;
export type PracticeEntry = z.infer<typeof practiceEntrySchema>;
export type PracticeStatus = z.infer<typeof practiceStatusSchema>;
export type Program = z.infer<typeof programSchema>;
