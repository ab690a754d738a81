// Which finished user requests become traces (`traces: { sample, slowest }`), decided as
// they finish, interval by interval (the interval in which the request ended):
//  - error: a failed request, up to MAX_ERROR_TRACES_PER_INTERVAL per interval (the first to
//    fail), so a total outage does not turn every request into a trace;
//  - slowest: the `slowest` longest requests of the interval, ok or not (known when the
//    interval is over: a min-heap holds the candidates meanwhile);
//  - sampled: each request with probability `sample`.
// Over the whole run at most MAX_TRACES are kept. When more are selected, a uniform random
// MAX_TRACES of them stay (bottom-k sampling: each selected trace draws a priority, the
// highest MAX_TRACES win), so the kept traces still cover the whole run, not only its start.
// A trace that cannot be kept any more is handed to `drop` at once, so memory stays bounded.
import { growInt } from '../core/event-queue.js';
import { MinHeap } from '../core/min-heap.js';
import type { Rng } from '../core/rng.js';

/** At most this many traces of failed requests per interval. */
export const MAX_ERROR_TRACES_PER_INTERVAL = 20;
/** At most this many traces over a run. */
export const MAX_TRACES = 2000;

// Why a trace is kept (output order: error, slowest, sampled).
export const KEPT_ERROR = 1;
export const KEPT_SLOWEST = 2;
export const KEPT_SAMPLED = 4;
// Where it stands: among the interval's slowest so far; in the run's kept set; selected but
// thinned out by the MAX_TRACES cap.
const CANDIDATE = 8;
const RESERVED = 16;
const THINNED = 32;

export class TraceSelection {
  /** Per trace id: KEPT_* reasons and state bits. */
  flags = new Int32Array(0);
  /** Per trace id: the interval in which the request ended. */
  interval = new Int32Array(0);
  private current = -1;
  private errors = 0;
  private readonly slow = new MinHeap();
  private readonly kept = new MinHeap();
  /** Traces selected but left out because of the MAX_TRACES cap. */
  thinned = 0;

  constructor(
    private readonly sample: number,
    private readonly slowest: number,
    /** The traces' own random stream: no other part of the run draws from it. */
    private readonly rng: Rng,
    /** Called once for each finished trace that will not be kept. */
    private readonly drop: (trace: number) => void,
  ) {}

  /** Makes room for trace ids below `size`. */
  ensure(size: number): void {
    if (size <= this.flags.length) return;
    this.flags = growInt(this.flags, size);
    this.interval = growInt(this.interval, size);
  }

  /** User request `trace` ended in `interval` after `latency` µs; `failed` unless ok or degraded. */
  finished(trace: number, interval: number, latency: number, failed: boolean): void {
    if (interval !== this.current) {
      this.closeInterval();
      this.current = interval;
      this.errors = 0;
    }
    this.interval[trace] = interval;
    let flags = 0;
    if (failed && this.errors < MAX_ERROR_TRACES_PER_INTERVAL) {
      this.errors++;
      flags |= KEPT_ERROR;
    }
    // One draw per finished request whatever else holds, so the sampled share is `sample`.
    if (this.sample > 0 && this.rng.next01() < this.sample) flags |= KEPT_SAMPLED;
    this.flags[trace] = flags;
    if (this.slowest > 0) this.offerSlowest(trace, latency);
    if (flags !== 0) this.reserve(trace);
    this.release(trace);
  }

  /** Closes the last interval and returns the ids of the kept traces (in no order). */
  keptTraces(): number[] {
    this.closeInterval();
    this.current = -1;
    return Array.from(this.kept.values.subarray(0, this.kept.size));
  }

  private offerSlowest(trace: number, latency: number): void {
    const heap = this.slow;
    if (heap.size < this.slowest) {
      heap.push(latency, trace);
    } else if (latency > heap.minKey()) {
      const out = heap.pop();
      this.flags[out] = (this.flags[out] as number) & ~CANDIDATE;
      this.release(out);
      heap.push(latency, trace);
    } else {
      return;
    }
    this.flags[trace] = (this.flags[trace] as number) | CANDIDATE;
  }

  /** The interval's slowest candidates are final: they are selected. */
  private closeInterval(): void {
    const heap = this.slow;
    for (let i = 0; i < heap.size; i++) {
      const trace = heap.values[i] as number;
      const flags = (this.flags[trace] as number) & ~CANDIDATE;
      this.flags[trace] = flags;
      // A thinned trace lost to the cap for good: the cap's threshold only rises.
      if ((flags & THINNED) === 0) {
        this.flags[trace] = flags | KEPT_SLOWEST;
        if ((flags & RESERVED) === 0) this.reserve(trace);
      }
      this.release(trace);
    }
    heap.size = 0;
  }

  /** Bottom-k sampling: the trace draws a priority and stays if it is among the MAX_TRACES highest. */
  private reserve(trace: number): void {
    const priority = this.rng.next01();
    const kept = this.kept;
    if (kept.size >= MAX_TRACES) {
      if (priority <= kept.minKey()) {
        this.flags[trace] = (this.flags[trace] as number) | THINNED;
        this.thinned++;
        return;
      }
      const out = kept.pop();
      this.flags[out] = ((this.flags[out] as number) & ~RESERVED) | THINNED;
      this.thinned++;
      this.release(out);
    }
    kept.push(priority, trace);
    this.flags[trace] = (this.flags[trace] as number) | RESERVED;
  }

  /** Drops a finished trace that is neither kept nor still a candidate. */
  private release(trace: number): void {
    if (((this.flags[trace] as number) & (RESERVED | CANDIDATE)) === 0) this.drop(trace);
  }
}
