// Schemas of the random distributions a scenario can draw times from. The sampler that
// draws from them lives in core/distributions.ts; this file only says what is valid.
import { z } from 'zod';
import { durationSchema } from './duration.js';

const constant = z.strictObject({ kind: z.literal('constant'), value: durationSchema });
const exponential = z.strictObject({ kind: z.literal('exponential'), mean: durationSchema });
const uniform = z.strictObject({
  kind: z.literal('uniform'),
  min: durationSchema,
  max: durationSchema,
});
const normal = z
  .strictObject({ kind: z.literal('normal'), mean: durationSchema, stddev: durationSchema })
  .describe('Normal, folded at zero: a draw is |N(mean, stddev)| so a time is never negative.');
const lognormal = z
  .strictObject({
    kind: z.literal('lognormal'),
    median: durationSchema,
    p99: durationSchema.optional().describe('99th percentile; give this or sigma'),
    sigma: z
      .number()
      .positive()
      .optional()
      .describe('standard deviation of ln(x); give this or p99'),
  })
  .describe('Lognormal given its median and either its 99th percentile or sigma.');
const pareto = z
  .strictObject({
    kind: z.literal('pareto'),
    min: durationSchema.describe('scale: the smallest value'),
    alpha: z.number().positive().describe('shape; the mean is finite only above 1'),
  })
  .describe('Pareto (heavy tail): min · U^(−1/alpha).');
const empirical = z
  .strictObject({
    kind: z.literal('empirical'),
    values: z.array(durationSchema).min(1, 'give at least one value'),
    weights: z
      .array(z.number().min(0))
      .optional()
      .describe('relative weights, one per value; equal when omitted'),
  })
  .describe('Draws one of the listed values, with the given weights.');

export const distributionSchema = z.discriminatedUnion('kind', [
  constant,
  exponential,
  uniform,
  normal,
  lognormal,
  pareto,
  empirical,
]);

export type DistributionSpec = z.infer<typeof distributionSchema>;
