// A lab (content/labs/ID.yaml) is data: a scenario for the simulation engine, the knobs a
// learner may turn, the charts to draw and a challenge that is checked by evaluating metric
// conditions on a run — never code written for one lab. docs/labs.md documents every field.
import { z } from 'zod';
import { idSchema, textSchema } from './common.js';

/**
 * A place in the scenario: dotted keys, `[n]` indexes and `[field=value]` selectors, e.g.
 * `services[name=api].calls[service=db].timeout` or `clients[0].arrival.rate`.
 */
export const scenarioPathSchema = z
  .string()
  .regex(
    /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*|\[\d+\]|\[[A-Za-z_]\w*=[\w.-]+\])*$/,
    'must be a scenario path such as `services[name=api].calls[service=db].timeout` (keys joined by dots, `[n]` or `[field=value]` to pick from a list)',
  );

const knobValueSchema = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export type KnobValue = z.infer<typeof knobValueSchema>;

/**
 * One choice of an options knob. `value` names the choice (in URLs and `--set`) and is what
 * gets written, unless `set` says otherwise: `set: { ratio: 0.1 }` switches a policy on,
 * `set: null` removes the field.
 */
const knobOptionSchema = z.strictObject({
  value: knobValueSchema,
  label: textSchema,
  set: z.unknown().optional(),
});

export const knobUnits = ['ms', 's', 'req/s', '%', 'ratio', 'count', 'x'] as const;

const knobSchema = z
  .strictObject({
    id: idSchema.describe('used in URLs and in `lab run --set ID=VALUE`'),
    label: textSchema,
    help: textSchema.describe('one line: what the knob changes and why it matters'),
    /** Where the value is written; a knob can move several fields together. */
    path: z.union([scenarioPathSchema, z.array(scenarioPathSchema).min(1)]),
    range: z
      .strictObject({
        min: z.number(),
        max: z.number(),
        step: z.number().positive(),
      })
      .refine((r) => r.max > r.min, 'max must be greater than min')
      .optional(),
    options: z.array(knobOptionSchema).min(2, 'an options knob needs at least two').optional(),
    /** Display unit. `ms` and `s` knobs write durations (`250ms`, `2s`). */
    unit: z.enum(knobUnits).optional(),
  })
  .refine((k) => (k.range === undefined) !== (k.options === undefined), {
    message: 'a knob has either `range` (a number) or `options` (a list of choices), not both',
  });
export type Knob = z.infer<typeof knobSchema>;

/** A window of simulated time, in seconds or duration strings. */
const windowSchema = z.strictObject({
  from: z.union([z.number().min(0), z.string()]),
  to: z.union([z.number().min(0), z.string()]),
});

export const aggregates = ['sum', 'mean', 'max', 'min'] as const;

/** A number read from a run: a metric of one client, service or call, whole run or windowed. */
export const metricSchema = z.strictObject({
  metric: z.string().min(1).describe('see docs/labs.md for the metrics of each scope'),
  scope: z
    .string()
    .regex(
      /^[\w-]+(?:->[\w-]+)?$/,
      'must name a client or service (`users`, `api`), or a call as `caller->dependency` (`api->db`)',
    ),
  window: windowSchema.optional(),
  aggregate: z.enum(aggregates).optional(),
});
export type MetricSpec = z.infer<typeof metricSchema>;

export const comparisons = ['<', '<=', '=', '>=', '>'] as const;

const conditionSchema = z
  .strictObject({
    label: textSchema.optional(),
    metric: z.string().min(1).optional(),
    scope: metricSchema.shape.scope.optional(),
    window: windowSchema.optional(),
    aggregate: z.enum(aggregates).optional(),
    /** The condition is on `of / to` instead of one metric ("db calls ≤ 1.2 × user requests"). */
    ratio: z.strictObject({ of: metricSchema, to: metricSchema }).optional(),
    op: z.enum(comparisons),
    target: z.number(),
  })
  .refine((c) => (c.ratio === undefined) === (c.metric !== undefined && c.scope !== undefined), {
    message: 'a condition has either `metric` and `scope`, or a `ratio` of two metrics',
  });
export type Condition = z.infer<typeof conditionSchema>;

const editSchema = z.strictObject({ path: scenarioPathSchema, value: z.unknown() });

const candidateSchema = z.strictObject({
  id: idSchema,
  label: textSchema,
  /** Scenario edits that make this candidate the cause of the incident. */
  edits: z.array(editSchema).min(1),
  /** Shown after the learner answers: how the signals point at this cause. */
  explanation: textSchema,
});
export type Candidate = z.infer<typeof candidateSchema>;

const conditionsChallengeSchema = z.strictObject({
  kind: z.literal('conditions').default('conditions'),
  goal: textSchema.describe('the challenge in one sentence'),
  conditions: z.array(conditionSchema).min(1),
});

const diagnosisChallengeSchema = z.strictObject({
  kind: z.literal('diagnosis'),
  goal: textSchema,
  question: textSchema,
  /** The seed draws the cause from these, so the answer cannot be memorised. */
  candidates: z.array(candidateSchema).min(3, 'a diagnosis needs at least three candidates'),
});

export const challengeSchema = z.union([diagnosisChallengeSchema, conditionsChallengeSchema]);
export type Challenge = z.infer<typeof challengeSchema>;

const seriesLineSchema = z.strictObject({
  /** `SCOPE.SERIES`: `users.succeeded`, `api.p99`. */
  source: z
    .string()
    .regex(/^[\w-]+\.\w+$/, 'must be SCOPE.SERIES, like `users.succeeded` or `api.p99`'),
  label: textSchema,
});

const seriesChartSchema = z.strictObject({
  kind: z.literal('series'),
  title: textSchema,
  unit: textSchema.describe('the y axis unit, e.g. `req/s`, `s`, `requests`'),
  lines: z.array(seriesLineSchema).min(1).max(6),
});

const sweepChartSchema = z.strictObject({
  kind: z.literal('sweep'),
  title: textSchema,
  /** The knob varied along the x axis; the other knobs keep the learner's values. */
  knob: idSchema,
  values: z.array(knobValueSchema).min(2).max(12),
  lines: z
    .array(z.strictObject({ label: textSchema, value: metricSchema }))
    .min(1)
    .max(4),
  unit: textSchema,
});

export const chartSchema = z.discriminatedUnion('kind', [seriesChartSchema, sweepChartSchema]);
export type Chart = z.infer<typeof chartSchema>;

const predictionSchema = z.strictObject({
  question: textSchema,
  value: metricSchema,
  unit: textSchema,
});

export const labSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  topic: idSchema.describe('the topic this lab serves'),
  brief: textSchema.describe('the situation, in two paragraphs'),
  scenario: z.record(z.string(), z.unknown()).describe('a scenario: docs/scenario-reference.md'),
  knobs: z.array(knobSchema).default([]),
  charts: z.array(chartSchema).min(1),
  challenge: challengeSchema,
  /** Knob values the lab opens with: they fail the challenge. */
  baseline: z.record(idSchema, knobValueSchema).default({}),
  /** Knob values that pass (for a diagnosis, the knobs the answer is checked with). */
  solution: z.record(idSchema, knobValueSchema).default({}),
  predictions: z.array(predictionSchema).default([]),
  notice: z.array(textSchema).min(1).describe('what to notice'),
  questions: z.array(textSchema).min(2).max(4),
});
export type Lab = z.infer<typeof labSchema>;
export type LabInput = z.input<typeof labSchema>;
