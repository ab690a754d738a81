// The JSON output contract (DESIGN.md): times in seconds, keys in a fixed order, no NaN
// (null instead), numbers rounded to a microsecond / a millionth so that the same scenario
// and seed print the same bytes everywhere.
import type { LatencySketch } from '../core/sketch.js';
import { ERROR_CAUSES, type ErrorCauseName } from '../model/causes.js';
import type { Caller, Service } from '../model/compiled.js';
import type { Engine } from '../model/engine.js';
import type { Series } from './stats.js';
import { buildTraces, type Trace } from './traces.js';

export interface LatencySummary {
  mean: number | null;
  p50: number | null;
  p90: number | null;
  p99: number | null;
  max: number | null;
}

export interface ServiceSummary {
  arrivals: number;
  completions: number;
  successes: number;
  degraded: number;
  errors: number;
  errorsByCause: Record<ErrorCauseName, number>;
  wasted: number;
  utilization: number | null;
  busy: number | null;
  inFlight: number | null;
  queueLength: number | null;
  latency: LatencySummary;
  queueWait: { mean: number | null };
  inFlightAtEnd: number;
  calls: Record<string, ClientSummary>;
  /** Executions of a user request that had already executed here (a retry after a timeout…). */
  duplicateExecutions: number;
  /** Repeated requests a dedup store answered without executing them (0 without one). */
  deduplicated: number;
  /** Services with a `cache`. hitRatio = hits / (hits + misses); coalesced misses count as misses. */
  cache?: { hits: number; misses: number; coalesced: number; hitRatio: number | null };
  /** Key-routed services (`shards`, `key-hash`): arrivals per instance (shard). */
  instanceArrivals?: number[];
  /** Replicated stores. staleShare = staleReads / reads. */
  replication?: { reads: number; writes: number; staleReads: number; staleShare: number | null };
}

export interface ClientSummary {
  requests: number;
  succeeded: number;
  degraded: number;
  failed: number;
  failuresByCause: Record<ErrorCauseName, number>;
  attempts: number;
  retries: number;
  retriesDenied: number;
  timeouts: number;
  amplification: number | null;
  latency: LatencySummary;
  inFlightAtEnd: number;
  /** Times a call's circuit breakers opened, over the whole run (0 without a breaker). */
  breakerOpenings: number;
  /** Seconds its breakers were open or half-open, summed over calling instances, whole run. */
  breakerOpenSeconds: number;
}

export interface SimResult {
  scenario: string;
  seed: number;
  duration: number;
  warmup: number;
  summary: { services: Record<string, ServiceSummary>; clients: Record<string, ClientSummary> };
  series: {
    interval: number;
    intervalWidened: boolean;
    clients: Record<
      string,
      Record<'requests' | 'succeeded' | 'failed' | 'attempts' | 'retries', (number | null)[]>
    >;
    services: Record<
      string,
      Record<
        | 'arrivals'
        | 'completions'
        | 'errors'
        | 'inFlight'
        | 'queueLength'
        | 'utilization'
        | 'p99'
        | 'latencyMean'
        | 'queueWait',
        (number | null)[]
      > &
        Partial<
          Record<
            'cacheHits' | 'cacheMisses' | 'staleReads' | 'duplicateExecutions',
            (number | null)[]
          >
        >
    >;
  };
  /** Present when the scenario asks for `traces`: the kept traces, ordered by start. */
  traces?: Trace[];
  /** Present with `traces`: traces selected but left out by the cap of MAX_TRACES per run. */
  tracesDropped?: number;
  engine: { events: number };
}

/** Rounds to 6 decimals; NaN and infinities become null. */
export function num(x: number): number | null {
  if (!Number.isFinite(x)) return null;
  return Math.round(x * 1e6) / 1e6;
}

const seconds = (us: number): number | null => num(us / 1e6);

function latencySummary(sketch: LatencySketch): LatencySummary {
  const empty = sketch.count === 0;
  return {
    mean: seconds(sketch.mean()),
    p50: seconds(sketch.quantile(0.5)),
    p90: seconds(sketch.quantile(0.9)),
    p99: seconds(sketch.quantile(0.99)),
    max: empty ? null : seconds(sketch.max),
  };
}

function causes(counts: Float64Array): Record<ErrorCauseName, number> {
  const out = {} as Record<ErrorCauseName, number>;
  for (const { cause, name } of ERROR_CAUSES) out[name] = counts[cause] as number;
  return out;
}

function callerSummary(caller: Caller, now: number): ClientSummary {
  const t = caller.stats.total;
  return {
    requests: t.requests,
    succeeded: t.succeeded,
    degraded: t.degraded,
    failed: t.failed,
    failuresByCause: causes(caller.stats.failuresByCause),
    attempts: t.attempts,
    retries: t.retries,
    retriesDenied: t.retriesDenied,
    timeouts: t.timeouts,
    amplification: t.requests === 0 ? null : num(t.attempts / t.requests),
    latency: latencySummary(caller.stats.latencyTotal),
    inFlightAtEnd: caller.stats.open,
    breakerOpenings: caller.guards?.openings() ?? 0,
    breakerOpenSeconds: num(caller.guards?.notClosedSeconds(now) ?? 0) ?? 0,
  };
}

function serviceSummary(s: Service, now: number): ServiceSummary {
  const t = s.stats.total;
  const averages = s.stats.averages(now);
  const workers = s.baseConcurrency * s.instances;
  const calls: Record<string, ClientSummary> = {};
  for (const caller of s.calls) calls[caller.name] = callerSummary(caller, now);
  return {
    arrivals: t.arrivals,
    completions: t.completions,
    successes: t.successes,
    degraded: t.degraded,
    errors: t.errors,
    errorsByCause: causes(s.stats.errorsByCause),
    wasted: t.wasted,
    utilization: workers === Infinity ? null : num(averages.busy / workers),
    busy: num(averages.busy),
    inFlight: num(averages.inFlight),
    queueLength: num(averages.queueLength),
    latency: latencySummary(s.stats.latencyTotal),
    queueWait: { mean: t.completions === 0 ? null : seconds(t.queueWaitSum / t.completions) },
    inFlightAtEnd: s.stats.inFlight,
    calls,
    duplicateExecutions: t.duplicates,
    deduplicated: t.deduplicated,
    ...(s.cache === null
      ? {}
      : {
          cache: {
            hits: t.cacheHits,
            misses: t.cacheMisses,
            coalesced: t.coalesced,
            hitRatio: num(t.cacheHits / (t.cacheHits + t.cacheMisses)),
          },
        }),
    ...(s.stats.instanceArrivals === null
      ? {}
      : { instanceArrivals: Array.from(s.stats.instanceArrivals) }),
    ...(s.replication === null
      ? {}
      : {
          replication: {
            reads: t.reads,
            writes: t.writes,
            staleReads: t.staleReads,
            staleShare: num(t.staleReads / t.reads),
          },
        }),
  };
}

const values = (series: Series, scale = 1): (number | null)[] =>
  Array.from(series.values, (v) => num(v * scale));

export function buildResult(e: Engine): SimResult {
  const services: Record<string, ServiceSummary> = {};
  const serviceSeries: SimResult['series']['services'] = {};
  // Duplicate executions are counted only when some caller retries.
  const tracking = e.callers.some((c) => c.executed !== null);
  for (const s of e.services) {
    services[s.name] = serviceSummary(s, e.now);
    const x = s.stats.series;
    serviceSeries[s.name] = {
      arrivals: values(x.arrivals),
      completions: values(x.completions),
      errors: values(x.errors),
      inFlight: values(x.inFlight),
      queueLength: values(x.queueLength),
      utilization: values(x.utilization),
      p99: values(x.p99, 1e-6),
      latencyMean: values(x.latencyMean, 1e-6),
      queueWait: values(x.queueWait, 1e-6),
      ...(s.cache === null
        ? {}
        : { cacheHits: values(x.cacheHits), cacheMisses: values(x.cacheMisses) }),
      ...(s.replication === null ? {} : { staleReads: values(x.staleReads) }),
      ...(tracking ? { duplicateExecutions: values(x.duplicateExecutions) } : {}),
    };
  }
  const clients: Record<string, ClientSummary> = {};
  const clientSeries: SimResult['series']['clients'] = {};
  for (const c of e.clients) {
    clients[c.name] = callerSummary(c.caller, e.now);
    const x = c.caller.stats.series;
    clientSeries[c.name] = {
      requests: values(x.requests),
      succeeded: values(x.succeeded),
      failed: values(x.failed),
      attempts: values(x.attempts),
      retries: values(x.retries),
    };
  }
  return {
    scenario: e.scenario.name,
    seed: e.seed,
    duration: e.end / 1e6,
    warmup: e.warmup / 1e6,
    summary: { services, clients },
    series: {
      interval: e.intervalUs / 1e6,
      intervalWidened: e.widened,
      clients: clientSeries,
      services: serviceSeries,
    },
    ...(e.tracer === null ? {} : buildTraces(e.tracer, e)),
    engine: { events: e.eventsProcessed },
  };
}
