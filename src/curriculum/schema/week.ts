import { z } from 'zod';

/** Frontmatter of `content/weeks/NN-slug/week.md`; the body holds goals, plan and hand-ins. */
export const weekNoteFrontmatterSchema = z.strictObject({
  week: z.int().min(1),
});

export type WeekNoteFrontmatter = z.infer<typeof weekNoteFrontmatterSchema>;
