// The scenario format: what a valid scenario file looks like, field by field. It covers the
// whole format in DESIGN.md; validate.ts adds the checks that look across fields.
import { z } from 'zod';
import { distributionSchema } from './distribution.js';
import { durationSchema } from './duration.js';
import {
  breakerSchema,
  bulkheadSchema,
  rateLimitSchema,
  retrySchema,
  sheddingSchema,
} from './policies.js';

const name = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9_.-]*$/,
    'a name starts with a letter and holds letters, digits, _ . -',
  );

const rateChange = z.strictObject({
  at: durationSchema,
  rate: z.number().min(0, 'a rate cannot be negative'),
});

const arrivalSchema = z
  .strictObject({
    kind: z.enum(['poisson', 'constant']).default('poisson'),
    rate: z.number().min(0, 'a rate cannot be negative').describe('requests per second'),
    schedule: z.array(rateChange).optional().describe('from `at` on, arrivals come at `rate`'),
  })
  .describe('Open-loop arrivals: requests come whatever happens to earlier ones.');

const closedSchema = z
  .strictObject({
    users: z.number().int().min(1).max(1_000_000),
    think: z
      .union([durationSchema, distributionSchema])
      .default(0)
      .describe('pause between an answer and the next request: a duration or a distribution'),
    requests: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('each user stops after this many successes'),
  })
  .describe('Closed loop: each user waits for its answer, thinks, repeats.');

const keysSchema = z
  .strictObject({
    count: z.number().int().min(1),
    zipf: z.number().min(0).default(0).describe('0 = uniform'),
  })
  .describe('Each request carries a key drawn from count keys with Zipf popularity.');

export const clientSchema = z.strictObject({
  name,
  target: name.describe('the service this client calls'),
  arrival: arrivalSchema.optional(),
  closed: closedSchema.optional(),
  keys: keysSchema.optional(),
  writes: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('share of requests that are writes (stores)'),
  timeout: durationSchema.optional().describe('per attempt; wait forever when omitted'),
  deadline: durationSchema.optional().describe('end to end, across attempts'),
  retry: retrySchema.optional(),
});

export const callSchema = z.strictObject({
  service: name,
  timeout: durationSchema.optional().describe('per attempt'),
  retry: retrySchema.optional(),
  breaker: breakerSchema.optional(),
  bulkhead: bulkheadSchema.optional(),
  fallback: z
    .enum(['fail', 'degraded'])
    .default('fail')
    .describe('degraded: answer degraded instead of failing'),
  probability: z
    .number()
    .min(0)
    .max(1)
    .default(1)
    .describe('share of requests that make this call'),
});

const queueSchema = z.strictObject({
  capacity: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('waiting room per instance; unbounded when omitted'),
  discipline: z.enum(['fifo', 'lifo', 'codel', 'adaptive-lifo']).default('fifo'),
  target: durationSchema.default('5ms').describe('CoDel target sojourn'),
  interval: durationSchema.default('100ms').describe('CoDel interval'),
});

const cacheSchema = z.strictObject({
  hitRatio: z.number().min(0).max(1).optional().describe('fixed share of hits (unkeyed cache)'),
  size: z.number().int().min(1).optional().describe('keys held (keyed cache, LRU)'),
  ttl: durationSchema.optional(),
  ttlJitter: z.number().min(0).max(1).default(0),
  coalesce: z.boolean().default(false).describe('single flight: one origin fetch per missing key'),
});

const shardsSchema = z.strictObject({
  routing: z.enum(['hash', 'range', 'consistent']).default('hash'),
  virtualNodes: z.number().int().min(1).default(1),
});

const replicationSchema = z.strictObject({
  replicas: z.number().int().min(1),
  readQuorum: z.number().int().min(1),
  writeQuorum: z.number().int().min(1),
  lag: distributionSchema.optional().describe('replication delay to each replica'),
});

const occSchema = z
  .strictObject({ rows: z.number().int().min(1).max(10_000_000).default(1) })
  .describe(
    'Optimistic concurrency: read, then a conditional write that fails if another committed since.',
  );

export const serviceSchema = z.strictObject({
  name,
  instances: z.number().int().min(1).max(10_000).default(1),
  balancer: z
    .enum(['round-robin', 'random', 'p2c', 'least-outstanding', 'key-hash'])
    .default('round-robin'),
  concurrency: z
    .union([z.number().int().min(1), z.literal('unlimited')])
    .default('unlimited')
    .describe('workers per instance'),
  queue: queueSchema.optional(),
  serviceTime: distributionSchema,
  contention: z
    .strictObject({
      perInFlight: durationSchema.describe('added per other request in flight at the instance'),
    })
    .optional(),
  propagateDeadline: z.boolean().default(false),
  parallelCalls: z
    .boolean()
    .default(false)
    .describe('make the calls at once instead of one after another'),
  calls: z.array(callSchema).default([]),
  rateLimit: rateLimitSchema.optional(),
  shedding: sheddingSchema.optional(),
  cache: cacheSchema.optional(),
  shards: shardsSchema.optional(),
  replication: replicationSchema.optional(),
  occ: occSchema.optional(),
  dedup: z
    .strictObject({ ttl: durationSchema.default('60s') })
    .optional()
    .describe('idempotency-key store'),
});

const faultWindow = { at: durationSchema, until: durationSchema, target: name };
export const faultSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...faultWindow, kind: z.literal('latency'), add: durationSchema }),
  z.strictObject({
    ...faultWindow,
    kind: z.literal('errors'),
    rate: z.number().min(0).max(1).default(1),
  }),
  z.strictObject({
    ...faultWindow,
    kind: z.literal('crash'),
    instances: z.number().int().min(1).optional(),
  }),
  z.strictObject({ ...faultWindow, kind: z.literal('capacity'), factor: z.number().min(0).max(1) }),
  z.strictObject({ ...faultWindow, kind: z.literal('partition'), from: name.optional() }),
  z.strictObject({ ...faultWindow, kind: z.literal('traffic'), factor: z.number().min(0) }),
]);

export const scenarioSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  seed: z.number().int().min(0).max(4_294_967_295).default(1),
  duration: durationSchema.describe('simulated time'),
  warmup: durationSchema.default(0).describe('excluded from summaries'),
  interval: durationSchema.default('1s').describe('width of one series interval'),
  network: z
    .strictObject({ latency: distributionSchema.optional().describe('one hop, each way') })
    .optional(),
  clients: z.array(clientSchema).min(1, 'a scenario needs at least one client'),
  services: z.array(serviceSchema).min(1, 'a scenario needs at least one service'),
  faults: z.array(faultSchema).default([]),
  traces: z
    .strictObject({
      sample: z.number().min(0).max(1).default(0.01).describe('share of requests kept at random'),
      slowest: z
        .number()
        .int()
        .min(0)
        .default(5)
        .describe('the slowest requests kept per interval'),
    })
    .optional()
    .describe(
      'Sampled request traces: a random share, failures, and the slowest of each interval.',
    ),
});

/** A scenario as validated, with defaults filled in. */
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ClientSpec = z.infer<typeof clientSchema>;
export type ServiceSpec = z.infer<typeof serviceSchema>;
export type CallSpecInput = z.infer<typeof callSchema>;
export type FaultSpec = z.infer<typeof faultSchema>;
