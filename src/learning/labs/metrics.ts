// Reads one number from a simulation result: a metric of a client, a service or a call
// (`api->db`), over the whole run (after warm-up) or over a window of the per-interval series.
// Lab challenges, sweeps and predictions all go through here, so a metric means the same thing
// on a chart, in a condition and in the CLI. docs/labs.md lists the metrics.
import type { MetricSpec } from '../../curriculum/schema/lab.js';
import {
  toMicros,
  type ClientSummary,
  type ServiceSummary,
  type SimResult,
} from '../../sim/index.js';

export type MetricValue = { value: number | null } | { problem: string };

type Aggregate = 'sum' | 'mean' | 'max' | 'min';

const latencyKeys = ['p50', 'p90', 'p99', 'mean', 'max'] as const;

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** Whole-run metrics every caller (client or call) has. */
function callerMetric(s: ClientSummary, metric: string): number | null | undefined {
  switch (metric) {
    case 'requests':
    case 'succeeded':
    case 'failed':
    case 'degraded':
    case 'attempts':
    case 'retries':
    case 'retriesDenied':
    case 'timeouts':
    case 'breakerOpenings':
    case 'breakerOpenSeconds':
      return s[metric];
    case 'successRatio':
      return ratio(s.succeeded, s.succeeded + s.failed);
    case 'failureRatio':
      return ratio(s.failed, s.succeeded + s.failed);
    case 'amplification':
      return ratio(s.attempts, s.requests);
  }
  if ((latencyKeys as readonly string[]).includes(metric))
    return s.latency[metric as (typeof latencyKeys)[number]];
  const cause = /^failed\.(\w+)$/.exec(metric)?.[1];
  if (cause !== undefined && cause in s.failuresByCause)
    return s.failuresByCause[cause as keyof typeof s.failuresByCause];
  return undefined;
}

function serviceMetric(s: ServiceSummary, metric: string): number | null | undefined {
  switch (metric) {
    case 'arrivals':
    case 'completions':
    case 'successes':
    case 'degraded':
    case 'errors':
    case 'wasted':
    case 'utilization':
    case 'inFlight':
    case 'queueLength':
    case 'duplicateExecutions':
    case 'deduplicated':
      return s[metric];
    case 'queueWait':
      return s.queueWait.mean;
    case 'cacheHitRatio':
      return s.cache ? s.cache.hitRatio : undefined;
    case 'cacheMisses':
      return s.cache?.misses;
    case 'staleReads':
      return s.replication?.staleReads;
    case 'staleShare':
      return s.replication?.staleShare;
    case 'hottestShardShare': {
      const shards = s.instanceArrivals;
      if (!shards) return undefined;
      return ratio(
        Math.max(...shards),
        shards.reduce((a, b) => a + b, 0),
      );
    }
  }
  if ((latencyKeys as readonly string[]).includes(metric))
    return s.latency[metric as (typeof latencyKeys)[number]];
  const cause = /^errors\.(\w+)$/.exec(metric)?.[1];
  if (cause !== undefined && cause in s.errorsByCause)
    return s.errorsByCause[cause as keyof typeof s.errorsByCause];
  return undefined;
}

/** How each windowed metric is built from the series: one series, or a ratio of sums. */
const windowed: Record<
  string,
  { series: string; aggregate: Aggregate } | { of: string; to: string[] }
> = {
  requests: { series: 'requests', aggregate: 'sum' },
  succeeded: { series: 'succeeded', aggregate: 'sum' },
  failed: { series: 'failed', aggregate: 'sum' },
  attempts: { series: 'attempts', aggregate: 'sum' },
  retries: { series: 'retries', aggregate: 'sum' },
  successRatio: { of: 'succeeded', to: ['succeeded', 'failed'] },
  failureRatio: { of: 'failed', to: ['succeeded', 'failed'] },
  amplification: { of: 'attempts', to: ['requests'] },
  arrivals: { series: 'arrivals', aggregate: 'sum' },
  completions: { series: 'completions', aggregate: 'sum' },
  errors: { series: 'errors', aggregate: 'sum' },
  inFlight: { series: 'inFlight', aggregate: 'mean' },
  queueLength: { series: 'queueLength', aggregate: 'mean' },
  utilization: { series: 'utilization', aggregate: 'mean' },
  p99: { series: 'p99', aggregate: 'max' },
  cacheMisses: { series: 'cacheMisses', aggregate: 'sum' },
  cacheHitRatio: { of: 'cacheHits', to: ['cacheHits', 'cacheMisses'] },
  staleReads: { series: 'staleReads', aggregate: 'sum' },
  duplicateExecutions: { series: 'duplicateExecutions', aggregate: 'sum' },
};

function aggregate(values: (number | null)[], how: Aggregate): number | null {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length === 0) return how === 'sum' ? 0 : null;
  if (how === 'sum') return xs.reduce((a, b) => a + b, 0);
  if (how === 'mean') return xs.reduce((a, b) => a + b, 0) / xs.length;
  return how === 'max' ? Math.max(...xs) : Math.min(...xs);
}

/** The series of a client or service by name, or undefined. */
export function seriesOf(
  result: SimResult,
  scope: string,
): Record<string, (number | null)[] | undefined> | undefined {
  return result.series.clients[scope] ?? result.series.services[scope];
}

function windowValue(result: SimResult, spec: MetricSpec): MetricValue {
  const { scope, metric } = spec;
  const series = seriesOf(result, scope);
  if (!series) return { problem: `windows need a client or service, and "${scope}" is neither` };
  const how = windowed[metric];
  if (!how) {
    return {
      problem: `"${metric}" has no per-interval series; with a window use one of ${Object.keys(windowed).join(', ')}`,
    };
  }
  const from = toMicros(spec.window!.from);
  const to = toMicros(spec.window!.to);
  if (to <= from) return { problem: `the window ends (${spec.window!.to}) before it starts` };
  const width = Math.round(result.series.interval * 1e6);
  const slice = (name: string): (number | null)[] | undefined => {
    const all = series[name];
    if (!all) return undefined;
    // Intervals wholly inside [from, to): interval i covers [i·width, (i+1)·width).
    const first = Math.ceil(from / width);
    const last = Math.floor(to / width);
    return all.slice(first, Math.max(first, last));
  };
  if ('series' in how) {
    const values = slice(how.series);
    if (!values) return { problem: `"${scope}" has no ${metric} series` };
    return { value: aggregate(values, spec.aggregate ?? how.aggregate) };
  }
  const of = slice(how.of);
  const to_ = how.to.map(slice);
  if (!of || to_.some((s) => !s)) return { problem: `"${scope}" has no ${metric} series` };
  const denominator = to_.reduce((sum, s) => sum + (aggregate(s!, 'sum') ?? 0), 0);
  return { value: ratio(aggregate(of, 'sum') ?? 0, denominator) };
}

/** Evaluates one metric on a result. A problem names what was wrong with the spec. */
export function readMetric(result: SimResult, spec: MetricSpec): MetricValue {
  if (spec.window) return windowValue(result, spec);
  const [caller, dependency] = spec.scope.split('->') as [string, string | undefined];
  let value: number | null | undefined;
  if (dependency !== undefined) {
    const call = result.summary.services[caller]?.calls[dependency];
    if (!call) return { problem: `"${caller}" makes no call to "${dependency}"` };
    value = callerMetric(call, spec.metric);
  } else if (result.summary.clients[caller]) {
    value = callerMetric(result.summary.clients[caller], spec.metric);
  } else if (result.summary.services[caller]) {
    value = serviceMetric(result.summary.services[caller], spec.metric);
  } else {
    return { problem: `the scenario has no client or service "${caller}"` };
  }
  if (value === undefined)
    return {
      problem: `"${spec.metric}" is not a metric of "${spec.scope}" (docs/labs.md lists them)`,
    };
  return { value };
}

/** A short human name for a metric: `users successRatio 60–120 s`. */
export function describeMetric(spec: MetricSpec): string {
  const window = spec.window ? ` ${String(spec.window.from)}–${String(spec.window.to)}` : '';
  return `${spec.scope} ${spec.metric}${window}`;
}
