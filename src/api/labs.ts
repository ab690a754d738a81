// The labs' HTTP contract. A lab's definition is served whole: the browser runs the engine
// itself (in a Web Worker), and the server re-runs a submitted attempt before recording it.
import { z } from 'zod';
import { labSchema } from '../curriculum/schema/lab.js';

export const labSummarySchema = z
  .object({
    id: z.string().describe('Lab id, the same as its practice id in the program'),
    title: z.string(),
    topic: z.string().describe('The topic the lab serves'),
    week: z.int(),
  })
  .meta({ id: 'LabSummary' });
export type LabSummary = z.infer<typeof labSummarySchema>;

export const labListSchema = z.array(labSummarySchema).meta({ id: 'LabList' });

export const labDetailSchema = z
  .object({
    summary: labSummarySchema,
    definition: labSchema.describe('content/labs/ID.yaml as validated; see docs/labs.md'),
  })
  .meta({ id: 'LabDetail' });
export type LabDetail = z.infer<typeof labDetailSchema>;

export const labIdParamsSchema = z.object({ id: z.string().min(1).max(100) });

const knobValueSchema = z.union([z.number(), z.string().max(200), z.boolean(), z.null()]);

export const labAttemptBodySchema = z
  .object({
    knobs: z
      .record(z.string().max(100), knobValueSchema)
      .default({})
      .describe('Knob values by knob id; knobs left out keep the baseline'),
    seed: z.int().min(0).max(4_294_967_295),
    answer: z.string().max(100).optional().describe('A diagnosis lab’s answer: a candidate id'),
  })
  .meta({ id: 'LabAttempt' });
export type LabAttemptBody = z.infer<typeof labAttemptBodySchema>;

export const labConditionResultSchema = z.object({
  name: z.string(),
  value: z.union([z.number(), z.string(), z.null()]),
  target: z.union([z.number(), z.string()]),
  op: z.string(),
  passed: z.boolean(),
});

export const labAttemptResultSchema = z
  .object({
    lab: z.string(),
    seed: z.int(),
    passed: z.boolean().describe('As the server computed it, by re-running the scenario'),
    conditions: z.array(labConditionResultSchema),
    recorded: z.boolean().describe('True when the pass was stored'),
  })
  .meta({ id: 'LabAttemptResult' });
export type LabAttemptResult = z.infer<typeof labAttemptResultSchema>;

export const labPassSchema = z
  .object({
    lab: z.string(),
    passedAt: z.string(),
    seed: z.int(),
    knobs: z.record(z.string(), knobValueSchema),
    answer: z.string().nullable(),
  })
  .meta({ id: 'LabPass' });
export type LabPass = z.infer<typeof labPassSchema>;
