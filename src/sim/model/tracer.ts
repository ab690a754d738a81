// Request traces (`traces`), recorded. While tracing is on, every user request in flight
// records its spans: the request, each of its attempts, each attempt's stay at a service,
// the dependency calls made there, their attempts, and so on down. Spans live in
// struct-of-arrays pools (no object per span) and are chained per trace in the order they
// start. When the request ends, TraceSelection decides whether it may still be kept; one
// that cannot be is dropped at once and its slots reused, so memory follows the requests in
// flight plus the traces kept. Ops and jobs refer to spans by slot and generation: work that
// goes on after its trace was dropped finds a stale generation and records nothing.
// The engine calls these hooks only when `e.tracer` is not null: tracing off costs a null check.
import { growFloat, growInt } from '../core/event-queue.js';
import type { Rng } from '../core/rng.js';
import { isSuccess } from './causes.js';
import type { Caller } from './compiled.js';
import type { Engine } from './engine.js';
import { TraceSelection } from './trace-selection.js';

export const SPAN_REQUEST = 0;
export const SPAN_CALL = 1;
export const SPAN_ATTEMPT = 2;
export const SPAN_SERVICE = 3;

// A span's notes, as bits; the output lists them in this order (NOTE_NAMES).
export const NOTE_CACHE_HIT = 1;
export const NOTE_CACHE_MISS = 2;
export const NOTE_COALESCED = 4;
export const NOTE_DEDUPLICATED = 8;
export const NOTE_DUPLICATE = 16;
export const NOTE_STALE_READ = 32;
export const NOTE_CRASHED = 64;
export const NOTE_PARTITIONED = 128;
export const NOTE_RETRY_DENIED = 256;
export const NOTE_FALLBACK = 512;
export const NOTE_NAMES: readonly string[] = [
  'cache hit',
  'cache miss',
  'coalesced',
  'deduplicated',
  'duplicate execution',
  'stale read',
  'crashed',
  'partitioned',
  'retry denied',
  'fallback',
];
/** A service span whose caller had stopped waiting before it answered. */
export const ABANDONED = 1 << 16;

export class Tracer {
  readonly selection: TraceSelection;
  // Spans, by slot.
  kind = new Int32Array(0);
  parent = new Int32Array(0);
  trace = new Int32Array(0);
  /** The next span of the same trace, in start order; −1 for the last. */
  next = new Int32Array(0);
  /** A caller index for request, call and attempt spans; a service index for service spans. */
  name = new Int32Array(0);
  /** The attempt number, or a service span's instance. */
  num = new Int32Array(0);
  /** How it ended (a cause); −1 while it runs. */
  cause = new Int32Array(0);
  flags = new Int32Array(0);
  private gen = new Int32Array(0);
  start = new Float64Array(0);
  end = new Float64Array(0);
  /** A service span's queue wait in µs. */
  wait = new Float64Array(0);
  private spanFree = new Int32Array(0);
  private spanFreeTop = 0;
  // Traces, by id: one per user request.
  root = new Int32Array(0);
  private last = new Int32Array(0);
  /** The user request's id. */
  request = new Int32Array(0);
  private traceFree = new Int32Array(0);
  private traceFreeTop = 0;
  // What ops and jobs are recording into: span slot (−1: nothing) and its generation.
  private opSpan = new Int32Array(0);
  private opGen = new Int32Array(0);
  private attemptSpan = new Int32Array(0);
  private attemptGen = new Int32Array(0);
  /** A job's attempt span until it reaches the service, its service span after. */
  private jobSpan = new Int32Array(0);
  private jobGen = new Int32Array(0);

  constructor(sample: number, slowest: number, rng: Rng) {
    this.selection = new TraceSelection(sample, slowest, rng, (trace) => this.dropTrace(trace));
  }

  /** A caller started an op: a user request (parentJob < 0) or a dependency call of a job. */
  opStarted(e: Engine, op: number, caller: Caller, parentJob: number): void {
    if (op >= this.opSpan.length) this.growOps(op + 1);
    let span = -1;
    if (parentJob < 0) {
      const trace = this.allocTrace();
      this.request[trace] = e.ops.req[op] as number;
      span = this.allocSpan(SPAN_REQUEST, -1, trace, caller.index, e.now);
    } else {
      const parent = this.jobSpan[parentJob] as number;
      if (this.live(parent, this.jobGen[parentJob] as number))
        span = this.allocSpan(SPAN_CALL, parent, this.trace[parent] as number, caller.index, e.now);
    }
    this.opSpan[op] = span;
    if (span >= 0) this.opGen[op] = this.gen[span] as number;
    this.attemptSpan[op] = -1;
  }

  attemptStarted(e: Engine, op: number): void {
    const parent = this.opSpan[op] as number;
    if (!this.live(parent, this.opGen[op] as number)) {
      this.attemptSpan[op] = -1;
      return;
    }
    const span = this.allocSpan(
      SPAN_ATTEMPT,
      parent,
      this.trace[parent] as number,
      this.name[parent] as number,
      e.now,
    );
    this.num[span] = e.ops.attempts[op] as number;
    this.attemptSpan[op] = span;
    this.attemptGen[op] = this.gen[span] as number;
  }

  /** The attempt got its answer, timed out, or was refused before it left. */
  attemptEnded(e: Engine, op: number, cause: number): void {
    const span = this.attemptSpan[op] as number;
    if (!this.live(span, this.attemptGen[op] as number)) return;
    this.end[span] = e.now;
    this.cause[span] = cause;
  }

  /** The attempt's job was made; `partitioned` when a partition drops it on the way. */
  jobCreated(job: number, op: number, partitioned: boolean): void {
    if (job >= this.jobSpan.length) this.growJobs(job + 1);
    const span = this.attemptSpan[op] as number;
    const gen = this.attemptGen[op] as number;
    if (!this.live(span, gen)) {
      this.jobSpan[job] = -1;
      return;
    }
    this.jobSpan[job] = span;
    this.jobGen[job] = gen;
    if (partitioned) this.flags[span] = (this.flags[span] as number) | NOTE_PARTITIONED;
  }

  jobArrived(e: Engine, job: number, instance: number): void {
    const parent = this.jobSpan[job] as number;
    if (!this.live(parent, this.jobGen[job] as number)) return;
    const service = e.jobs.service[job] as number;
    const span = this.allocSpan(SPAN_SERVICE, parent, this.trace[parent] as number, service, e.now);
    this.num[span] = instance;
    this.jobSpan[job] = span;
    this.jobGen[job] = this.gen[span] as number;
  }

  jobNote(job: number, note: number): void {
    const span = this.jobSpan[job] as number;
    if (this.live(span, this.jobGen[job] as number))
      this.flags[span] = (this.flags[span] as number) | note;
  }

  opNote(op: number, note: number): void {
    const span = this.opSpan[op] as number;
    if (this.live(span, this.opGen[op] as number))
      this.flags[span] = (this.flags[span] as number) | note;
  }

  /** The job answered with `cause` after waiting `wait` µs; `notes` may hold ABANDONED. */
  jobFinished(e: Engine, job: number, cause: number, wait: number, notes: number): void {
    const span = this.jobSpan[job] as number;
    if (!this.live(span, this.jobGen[job] as number)) return;
    this.end[span] = e.now;
    this.cause[span] = cause;
    this.wait[span] = wait;
    this.flags[span] = (this.flags[span] as number) | notes;
  }

  /** The op ended with `cause` after its attempts; a user request is then selected or dropped. */
  opFinished(e: Engine, op: number, caller: Caller, cause: number): void {
    const span = this.opSpan[op] as number;
    if (!this.live(span, this.opGen[op] as number)) return;
    const now = e.now;
    this.end[span] = now;
    this.cause[span] = cause;
    const ok = isSuccess(cause);
    if (this.kind[span] === SPAN_CALL) {
      if (!ok && caller.degradedFallback)
        this.flags[span] = (this.flags[span] as number) | NOTE_FALLBACK;
      return;
    }
    const trace = this.trace[span] as number;
    this.selection.finished(trace, e.intervalIndex, now - (this.start[span] as number), !ok);
  }

  private live(span: number, gen: number): boolean {
    return span >= 0 && this.gen[span] === gen;
  }

  private allocSpan(kind: number, parent: number, trace: number, name: number, now: number) {
    if (this.spanFreeTop === 0) this.growSpans();
    const span = this.spanFree[--this.spanFreeTop] as number;
    this.kind[span] = kind;
    this.parent[span] = parent;
    this.trace[span] = trace;
    this.next[span] = -1;
    this.name[span] = name;
    this.num[span] = 0;
    this.cause[span] = -1;
    this.flags[span] = 0;
    this.start[span] = now;
    this.end[span] = NaN;
    this.wait[span] = NaN;
    if (parent < 0) this.root[trace] = span;
    else this.next[this.last[trace] as number] = span;
    this.last[trace] = span;
    return span;
  }

  private allocTrace(): number {
    if (this.traceFreeTop === 0) {
      const old = this.root.length;
      const size = Math.max(64, old * 2);
      this.root = growInt(this.root, size);
      this.last = growInt(this.last, size);
      this.request = growInt(this.request, size);
      this.traceFree = growInt(this.traceFree, size);
      for (let i = size - 1; i >= old; i--) this.traceFree[this.traceFreeTop++] = i;
      this.selection.ensure(size);
    }
    return this.traceFree[--this.traceFreeTop] as number;
  }

  /** Frees a trace's spans (their generation moves on) and its id. */
  private dropTrace(trace: number): void {
    for (let span = this.root[trace] as number; span >= 0; span = this.next[span] as number) {
      this.gen[span]!++;
      this.spanFree[this.spanFreeTop++] = span;
    }
    this.traceFree[this.traceFreeTop++] = trace;
  }

  private growSpans(): void {
    const old = this.kind.length;
    const size = Math.max(256, old * 2);
    for (const key of ['kind', 'parent', 'trace', 'next', 'name', 'num', 'cause', 'flags'] as const)
      this[key] = growInt(this[key], size);
    this.gen = growInt(this.gen, size);
    this.start = growFloat(this.start, size);
    this.end = growFloat(this.end, size);
    this.wait = growFloat(this.wait, size);
    this.spanFree = growInt(this.spanFree, size);
    for (let i = size - 1; i >= old; i--) this.spanFree[this.spanFreeTop++] = i;
  }

  private growOps(min: number): void {
    const size = Math.max(256, this.opSpan.length * 2, min);
    this.opSpan = growInt(this.opSpan, size);
    this.opGen = growInt(this.opGen, size);
    this.attemptSpan = growInt(this.attemptSpan, size);
    this.attemptGen = growInt(this.attemptGen, size);
  }

  private growJobs(min: number): void {
    const size = Math.max(256, this.jobSpan.length * 2, min);
    this.jobSpan = growInt(this.jobSpan, size);
    this.jobGen = growInt(this.jobGen, size);
  }
}
