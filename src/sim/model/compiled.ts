// The scenario turned into what the engine runs: indices instead of names, microseconds
// instead of duration strings, samplers and budgets ready to draw and count.
import { Sampler } from '../core/distributions.js';
import { DrawAhead } from '../core/draw-ahead.js';
import type { Rng } from '../core/rng.js';
import { toMicros } from '../scenario/duration.js';
import type { ClientSpec, Scenario, ServiceSpec } from '../scenario/schema.js';
import type { RetrySpec } from '../scenario/policies.js';
import { ServiceStats, type CallerStats } from '../output/stats.js';
import { JITTERS, JITTER_NONE, type BackoffPolicy } from './backoff.js';
import { createBudget, type RetryBudget } from './budget.js';
import { AdaptiveLifo } from './adaptive-lifo.js';
import { createLimit, type ConcurrencyLimit } from './adaptive-limit.js';
import { CoDel } from './codel.js';
import { JobDeque } from './pools.js';
import { SharedProcessor } from './shared-processor.js';
import type { TimerFifo } from './timer-fifo.js';
import type { CallGuards } from './call-guards.js';
import { TokenBucket } from './token-bucket.js';
import type { ZipfSampler } from '../core/zipf.js';
import type { CacheState } from './cache.js';
import type { ExecutionTable } from './executions.js';
import type { ReplicatedStore } from './replication.js';

export const BALANCERS: Record<string, number> = {
  'round-robin': 0,
  random: 1,
  p2c: 2,
  'least-outstanding': 3,
  'key-hash': 4,
};

export interface RetryPolicy {
  maxAttempts: number;
  /** null: retry at once. */
  backoff: BackoffPolicy | null;
  budget: RetryBudget | null;
}

/** A caller: a client, or one entry of a service's `calls`. */
export interface Caller {
  index: number;
  name: string;
  target: number;
  /** Per-attempt timeout in µs; Infinity when none. */
  timeout: number;
  retry: RetryPolicy | null;
  degradedFallback: boolean;
  probability: number;
  stats: CallerStats;
  timers: TimerFifo;
  /** Breaker and bulkhead of a dependency call; null when it has neither. */
  guards: CallGuards | null;
  /** The client, or the calling service: what a partition's `from` names. */
  owner: string;
  /** A partition cuts this caller off from its target: attempts and replies are lost. */
  partitioned: boolean;
  /** Bit r is set once user request r has executed at the target through this caller;
   * null when no duplicate can happen (nobody retries). Grows by doubling. */
  executed: Uint32Array | null;
  /** A client's key popularity (`keys`); null when its requests carry no key. */
  keys: ZipfSampler | null;
  /** A client's share of writes (`writes`); 0 for calls, which inherit their request's. */
  writeShare: number;
}

export interface Service {
  index: number;
  name: string;
  instances: number;
  /** Workers per instance now (a capacity fault lowers it); Infinity when unlimited. */
  concurrency: number;
  /** Workers per instance as configured. */
  baseConcurrency: number;
  /** 1 for an instance that is down (a crash fault). */
  down: Uint8Array;
  /** Waiting room per instance; Infinity when unbounded. */
  queueCapacity: number;
  lifo: boolean;
  balancer: number;
  serviceTime: Sampler;
  /** One per instance when service time grows with requests in service; else null. */
  processors: SharedProcessor[] | null;
  /** Id of instance 0's processor in Engine.processors (the others follow). */
  firstProcessor: number;
  propagateDeadline: boolean;
  parallelCalls: boolean;
  /** CoDel state per instance when the queue discipline is codel; else null. */
  codel: CoDel[] | null;
  /** Adaptive-LIFO state per instance when the queue discipline is adaptive-lifo; else null. */
  adaptiveLifo: AdaptiveLifo[] | null;
  /** Scratch list of jobs CoDel or adaptive LIFO dropped during one dequeue. */
  dropped: JobDeque;
  /** Token bucket in front of the service; null when it has no rate limit. */
  rateLimit: TokenBucket | null;
  /** Load shedding: most requests in flight per instance (Infinity: no limit). */
  maxInFlight: number;
  /** Adaptive concurrency limit per instance (`shedding.adaptive`); else null. */
  limits: ConcurrencyLimit[] | null;
  /** Whether an arriving job can be refused at all; false lets jobArrive skip the checks. */
  admission: boolean;
  /** Row versions of an optimistic-concurrency store; null for other services. */
  occ: Int32Array | null;
  calls: Caller[];
  /** Step 5: keyed behaviour, set by the engine once the key space is known. */
  cache: CacheState | null;
  /** Instance owning each key (`shards` or the `key-hash` balancer); null otherwise. */
  route: Int32Array | null;
  replication: ReplicatedStore | null;
  /** An idempotency-key store (`dedup`): the keys it holds; null without one. */
  executions: ExecutionTable | null;
  /** A dedup store, or callers that count duplicate executions (set by attachKeyed). */
  idempotency: boolean;
  // Per instance state.
  busy: Int32Array;
  inFlight: Int32Array;
  queues: JobDeque[];
  rrNext: number;
  // Active faults.
  addedLatency: number;
  errorRate: number;
  /**
   * The service's own stream: its service times alone (drawn ahead by `work`), or a
   * replicated store's draws. Anything new that draws at random needs a stream of its own.
   */
  rng: Rng;
  /** The service times, drawn ahead from `rng` when nothing else draws from it (see Engine). */
  work: DrawAhead | null;
  stats: ServiceStats;
}

export interface Client {
  index: number;
  name: string;
  caller: Caller;
  /** End-to-end deadline in µs; Infinity when none. */
  deadline: number;
  open: boolean;
  /** Rate changes: times (µs) and rates (per second), starting with time 0. */
  scheduleAt: number[];
  scheduleRate: number[];
  baseRate: number;
  trafficFactor: number;
  /** Bumped whenever the rate changes, to void the arrival scheduled at the old rate. */
  arrivalGeneration: number;
  nextArrival: number;
  users: number;
  think: Sampler;
  requestsPerUser: number;
  userSuccesses: Int32Array;
  /** The client's own stream: its gaps alone (drawn ahead by `gaps`), or its think times. */
  rng: Rng;
  /** A Poisson client's standard exponential gaps, drawn ahead from `rng`; else null. */
  gaps: DrawAhead | null;
}

export function compileRetry(spec: RetrySpec | undefined): RetryPolicy | null {
  if (!spec || spec.maxAttempts <= 1) return null;
  const backoff = spec.backoff
    ? {
        jitter: JITTERS[spec.backoff.jitter] ?? JITTER_NONE,
        base: toMicros(spec.backoff.base),
        cap: spec.backoff.cap === undefined ? Infinity : toMicros(spec.backoff.cap),
        multiplier: spec.backoff.multiplier,
      }
    : null;
  return {
    maxAttempts: spec.maxAttempts,
    backoff,
    budget: spec.budget ? createBudget(spec.budget) : null,
  };
}

export function compileService(
  spec: ServiceSpec,
  index: number,
  intervals: number,
  rng: Rng,
): Service {
  const concurrency = spec.concurrency === 'unlimited' ? Infinity : spec.concurrency;
  const serviceTime = Sampler.fromSpec(spec.serviceTime);
  const slope = spec.contention ? toMicros(spec.contention.perInFlight) / serviceTime.mean() : 0;
  const service: Service = {
    index,
    name: spec.name,
    instances: spec.instances,
    concurrency,
    baseConcurrency: concurrency,
    down: new Uint8Array(spec.instances),
    queueCapacity: spec.queue?.capacity ?? Infinity,
    lifo: spec.queue?.discipline === 'lifo',
    balancer: BALANCERS[spec.balancer] ?? 0,
    serviceTime,
    processors:
      slope > 0 ? Array.from({ length: spec.instances }, () => new SharedProcessor(slope)) : null,
    firstProcessor: 0,
    propagateDeadline: spec.propagateDeadline,
    parallelCalls: spec.parallelCalls,
    occ: spec.occ ? new Int32Array(spec.occ.rows) : null,
    codel:
      spec.queue?.discipline === 'codel'
        ? Array.from(
            { length: spec.instances },
            () =>
              new CoDel(
                toMicros(spec.queue?.target ?? '5ms'),
                toMicros(spec.queue?.interval ?? '100ms'),
              ),
          )
        : null,
    adaptiveLifo:
      spec.queue?.discipline === 'adaptive-lifo'
        ? Array.from(
            { length: spec.instances },
            () =>
              new AdaptiveLifo(
                toMicros(spec.queue?.target ?? '5ms'),
                toMicros(spec.queue?.interval ?? '100ms'),
              ),
          )
        : null,
    dropped: new JobDeque(),
    rateLimit: spec.rateLimit ? new TokenBucket(spec.rateLimit.rate, spec.rateLimit.burst) : null,
    maxInFlight: spec.shedding?.maxInFlight ?? Infinity,
    limits: spec.shedding?.adaptive
      ? Array.from({ length: spec.instances }, () =>
          createLimit(spec.shedding?.adaptive ?? 'vegas'),
        )
      : null,
    admission: false,
    calls: [],
    cache: null,
    route: null,
    replication: null,
    executions: null,
    idempotency: false,
    busy: new Int32Array(spec.instances),
    inFlight: new Int32Array(spec.instances),
    queues: Array.from({ length: spec.instances }, () => new JobDeque()),
    rrNext: 0,
    addedLatency: 0,
    errorRate: 0,
    rng,
    work: null,
    stats: new ServiceStats(intervals, concurrency * spec.instances),
  };
  refreshAdmission(service);
  return service;
}

/** Recomputes `admission`: faults call it as soon as they change a field it reads. */
export function refreshAdmission(s: Service): void {
  s.admission =
    s.down.includes(1) ||
    s.errorRate > 0 ||
    s.rateLimit !== null ||
    s.maxInFlight !== Infinity ||
    s.limits !== null ||
    s.propagateDeadline;
}

export function compileClient(spec: ClientSpec, index: number, caller: Caller, rng: Rng): Client {
  const arrival = spec.arrival;
  const scheduleAt = [0];
  const scheduleRate = [arrival?.rate ?? 0];
  for (const change of [...(arrival?.schedule ?? [])].sort(
    (a, b) => toMicros(a.at) - toMicros(b.at),
  )) {
    scheduleAt.push(toMicros(change.at));
    scheduleRate.push(change.rate);
  }
  const closed = spec.closed;
  return {
    index,
    name: spec.name,
    caller,
    deadline: spec.deadline === undefined ? Infinity : toMicros(spec.deadline),
    open: arrival !== undefined,
    scheduleAt,
    scheduleRate,
    baseRate: scheduleRate[0] ?? 0,
    trafficFactor: 1,
    arrivalGeneration: 0,
    nextArrival: 0,
    users: closed?.users ?? 0,
    think:
      typeof closed?.think === 'object'
        ? Sampler.fromSpec(closed.think)
        : Sampler.constant(toMicros(closed?.think ?? 0)),
    requestsPerUser: closed?.requests ?? Infinity,
    userSuccesses: new Int32Array(closed?.users ?? 0),
    rng,
    // An open client's stream serves its gaps alone (a closed one's, its think times).
    gaps: arrival !== undefined && arrival.kind !== 'constant' ? new DrawAhead(rng, null) : null,
  };
}

export function scenarioIntervals(scenario: Scenario): {
  intervalUs: number;
  intervals: number;
  widened: boolean;
} {
  const duration = toMicros(scenario.duration);
  let intervalUs = Math.max(1, toMicros(scenario.interval));
  let widened = false;
  const wanted = Math.ceil(duration / intervalUs);
  if (wanted > 2000) {
    intervalUs *= Math.ceil(wanted / 2000);
    widened = true;
  }
  return { intervalUs, intervals: Math.max(1, Math.ceil(duration / intervalUs)), widened };
}
