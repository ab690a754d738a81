// Schemas of the resilience policies a client or a dependency call can carry. Each models a
// real implementation (see docs/scenario-reference.md and SIM_SEMANTICS.md) and uses its defaults.
import { z } from 'zod';
import { durationSchema } from './duration.js';

export const jitterSchema = z
  .enum(['none', 'full', 'equal', 'decorrelated'])
  .describe(
    'Brooker 2015: none t; full U(0,t); equal t/2+U(0,t/2); decorrelated min(cap, U(base, 3·previous)).',
  );

export const backoffSchema = z
  .strictObject({
    base: durationSchema.describe('delay before the first retry, before jitter'),
    cap: durationSchema.optional().describe('largest delay; no cap when omitted'),
    multiplier: z.number().min(1).default(2).describe('growth per retry'),
    jitter: jitterSchema.default('none'),
  })
  .describe('The n-th retry waits min(cap, base · multiplier^(n−1)), shaped by the jitter.');

const ratioBudget = z
  .strictObject({
    kind: z.literal('ratio').optional(),
    ratio: z.number().min(0).describe('retries ≤ ratio × first attempts over the window'),
    minPerSecond: z.number().min(0).default(0).describe('floor: retries per second always allowed'),
    window: durationSchema.default('10s').describe('sliding window'),
  })
  .describe(
    'Default budget (Google SRE book): retries may not exceed ratio × first attempts in a sliding window.',
  );

const grpcBudget = z
  .strictObject({
    kind: z.literal('grpc'),
    maxTokens: z.number().positive().max(1000).default(10),
    tokenRatio: z.number().positive().default(0.1),
  })
  .describe(
    'gRPC retry throttling: each failed attempt −1 token, each success +tokenRatio; retry only while tokens > maxTokens/2.',
  );

const finagleBudget = z
  .strictObject({
    kind: z.literal('finagle'),
    percent: z.number().min(0).default(0.2).describe('share of requests that may be retried'),
    minPerSecond: z.number().min(0).default(10).describe('floor of retries per second'),
    ttl: durationSchema.default('10s').describe('how long a deposit lasts'),
  })
  .describe('Finagle RetryBudget: 20% of requests plus 10 retries/s, deposits expire after 10 s.');

const envoyBudget = z
  .strictObject({
    kind: z.literal('envoy'),
    percent: z
      .number()
      .min(0)
      .max(100)
      .default(20)
      .describe('concurrent retries as a percentage of active requests'),
    minConcurrent: z.number().int().min(0).default(3).describe('floor of concurrent retries'),
  })
  .describe(
    'Envoy retry budget: concurrent retries ≤ max(minConcurrent, percent% of active requests).',
  );

const awsBudget = z
  .strictObject({
    kind: z.literal('aws'),
    quota: z.number().positive().default(500),
    cost: z.number().min(0).default(5).describe('tokens a retry takes'),
    timeoutCost: z.number().min(0).default(10).describe('tokens a retry after a timeout takes'),
    refund: z.number().min(0).default(1).describe('tokens a success without retry returns'),
  })
  .describe(
    'AWS SDK standard mode: a 500-token quota; a retry costs 5 (10 after a timeout); a success refunds.',
  );

export const budgetSchema = z.discriminatedUnion('kind', [
  ratioBudget,
  grpcBudget,
  finagleBudget,
  envoyBudget,
  awsBudget,
]);
export type BudgetSpec = z.infer<typeof budgetSchema>;

export const retrySchema = z
  .strictObject({
    maxAttempts: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .describe('counts the first attempt, as gRPC does'),
    backoff: backoffSchema.optional().describe('no backoff: retry at once'),
    budget: budgetSchema.optional().describe('no budget: every allowed attempt is made'),
  })
  .describe('Retries of failed or timed-out attempts.');
export type RetrySpec = z.infer<typeof retrySchema>;

export const breakerSchema = z
  .strictObject({
    failureRate: z.number().min(0).max(1).default(0.5),
    window: durationSchema.default('60s'),
    minRequests: z.number().int().min(1).default(100),
    open: durationSchema.default('60s'),
    halfOpenProbes: z.number().int().min(1).default(10),
  })
  .describe('Circuit breaker with resilience4j defaults.');

export const bulkheadSchema = z
  .strictObject({ maxConcurrent: z.number().int().min(1) })
  .describe('At most maxConcurrent calls in flight; more fail at once.');

export const rateLimitSchema = z
  .strictObject({
    rate: z.number().min(0).describe('tokens per second'),
    burst: z
      .number()
      .min(1)
      .default(1)
      .describe('bucket size: requests admitted at once after a quiet spell'),
  })
  .describe('Token bucket: at most rate · T + burst requests in any window T.');

export const sheddingSchema = z
  .strictObject({
    maxInFlight: z.number().int().min(1).optional().describe('fixed in-flight limit per instance'),
    adaptive: z
      .enum(['aimd', 'vegas', 'gradient'])
      .optional()
      .describe('Netflix concurrency-limits algorithm'),
  })
  .describe('Load shedding: reject work above an in-flight limit.');
