// Kept traces as output: span trees with times in seconds since the run began, keys in a
// fixed order (the same scenario and seed give the same bytes), ordered by start.
import { DEGRADED, ERROR_CAUSES, OK, type ErrorCauseName } from '../model/causes.js';
import type { Engine } from '../model/engine.js';
import { KEPT_ERROR, KEPT_SAMPLED, KEPT_SLOWEST } from '../model/trace-selection.js';
import { ABANDONED, NOTE_NAMES, SPAN_ATTEMPT, SPAN_SERVICE, type Tracer } from '../model/tracer.js';
import { num } from './result.js';

/**
 * One span of a trace. `request`: a client's user request, across its attempts (the root).
 * `call`: one dependency call of a service, across its attempts. `attempt`: one attempt of
 * its parent request or call, from when it is sent to when its answer arrives, it times out
 * or it is refused locally (circuit breaker, bulkhead); the gap between two attempts is the
 * retry backoff. `service`: the attempt's stay at a service, from arrival to response; its
 * children are the calls the service made for it.
 */
export interface Span {
  kind: 'request' | 'call' | 'attempt' | 'service';
  /** The client or call (`db#2` for a service's second call to db) or, for `service`, the service. */
  name: string;
  /** Seconds since the run began. */
  start: number;
  /** null while it still ran when the run ended. */
  end: number | null;
  /** null while it still ran when the run ended. */
  outcome: 'ok' | 'degraded' | 'error' | null;
  /** The error's cause when outcome is `error`, else null. */
  cause: ErrorCauseName | null;
  /** `attempt` spans: 1 for the first attempt. */
  attempt?: number;
  /** `service` spans: the instance (shard) that served it, from 0. */
  instance?: number;
  /** `service` spans: seconds spent waiting for a worker. */
  queueWait?: number | null;
  /**
   * `service` spans: the caller had stopped waiting (its attempt timed out, or the request's
   * deadline passed) before this answered; the work went on and its answer was discarded.
   * Only such a span may end after its parent.
   */
  abandoned?: boolean;
  /**
   * What else happened, comma-separated: `cache hit`, `cache miss`, `coalesced` (waited for
   * another request's fetch), `deduplicated` (answered by the idempotency-key store),
   * `duplicate execution`, `stale read`, `crashed` (the instance crashed: no answer),
   * `partitioned` (lost in a partition), `retry denied` (by the retry budget), `fallback`
   * (the call failed and the service answered degraded instead).
   */
  note?: string;
  children: Span[];
}

/** Why a trace was kept; a trace can have several reasons. */
export type TraceReason = 'error' | 'slowest' | 'sampled';

export interface Trace {
  /** The user request's id: its number among the run's user requests, from 0. */
  request: number;
  client: string;
  /** The series interval in which the request ended. */
  interval: number;
  kept: TraceReason[];
  /** Seconds from the request's start to its end. */
  latency: number;
  root: Span;
}

const KINDS: readonly Span['kind'][] = ['request', 'call', 'attempt', 'service'];
// Span times are finite (an unfinished span's end is null before this is called).
const seconds = (us: number): number => num(us / 1e6) ?? 0;

function causeName(cause: number): ErrorCauseName | null {
  return ERROR_CAUSES.find((c) => c.cause === cause)?.name ?? null;
}

function notes(flags: number): string | null {
  const names = NOTE_NAMES.filter((_, bit) => (flags & (1 << bit)) !== 0);
  return names.length === 0 ? null : names.join(', ');
}

function spanOf(t: Tracer, e: Engine, span: number): Span {
  const kind = t.kind[span] as number;
  const cause = t.cause[span] as number;
  const end = t.end[span] as number;
  const done = cause >= 0;
  const flags = t.flags[span] as number;
  const name =
    kind === SPAN_SERVICE
      ? (e.services[t.name[span] as number]?.name ?? '')
      : (e.callers[t.name[span] as number]?.name ?? '');
  const note = notes(flags);
  return {
    kind: KINDS[kind] ?? 'request',
    name,
    start: seconds(t.start[span] as number),
    end: done ? seconds(end) : null,
    outcome: !done ? null : cause === OK ? 'ok' : cause === DEGRADED ? 'degraded' : 'error',
    cause: done ? causeName(cause) : null,
    ...(kind === SPAN_ATTEMPT ? { attempt: t.num[span] as number } : {}),
    ...(kind === SPAN_SERVICE
      ? {
          instance: t.num[span] as number,
          queueWait: done ? seconds(t.wait[span] as number) : null,
          // A span still running at the end was abandoned if its attempt is over.
          abandoned:
            (flags & ABANDONED) !== 0 ||
            (!done && (t.cause[t.parent[span] as number] as number) >= 0),
        }
      : {}),
    ...(note === null ? {} : { note }),
    children: [],
  };
}

function traceOf(t: Tracer, e: Engine, trace: number): Trace {
  const byslot = new Map<number, Span>();
  const rootSlot = t.root[trace] as number;
  let root: Span | undefined;
  // Spans are chained in start order, so a parent always comes before its children.
  for (let span = rootSlot; span >= 0; span = t.next[span] as number) {
    const out = spanOf(t, e, span);
    byslot.set(span, out);
    const parent = byslot.get(t.parent[span] as number);
    if (parent === undefined) root = out;
    else parent.children.push(out);
  }
  const flags = t.selection.flags[trace] as number;
  const kept: TraceReason[] = [];
  if ((flags & KEPT_ERROR) !== 0) kept.push('error');
  if ((flags & KEPT_SLOWEST) !== 0) kept.push('slowest');
  if ((flags & KEPT_SAMPLED) !== 0) kept.push('sampled');
  const rootSpan = root as Span;
  return {
    request: t.request[trace] as number,
    client: rootSpan.name,
    interval: t.selection.interval[trace] as number,
    kept,
    latency: seconds((t.end[rootSlot] as number) - (t.start[rootSlot] as number)),
    root: rootSpan,
  };
}

/** The kept traces ordered by start (then request id), and how many the cap left out. */
export function buildTraces(t: Tracer, e: Engine): { traces: Trace[]; tracesDropped: number } {
  const ids = t.selection.keptTraces();
  ids.sort(
    (a, b) =>
      (t.start[t.root[a] as number] as number) - (t.start[t.root[b] as number] as number) ||
      (t.request[a] as number) - (t.request[b] as number),
  );
  return { traces: ids.map((id) => traceOf(t, e, id)), tracesDropped: t.selection.thinned };
}
