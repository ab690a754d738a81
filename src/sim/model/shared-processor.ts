// Load-dependent service (`contention.perInFlight`): every request in service on an instance
// slows all of them down, as a contended CPU, lock or disk does. With n requests in service
// each progresses at 1/f(n), f(n) = 1 + slope·(n−1), slope = perInFlight / mean service time,
// so a request of average size takes its mean plus perInFlight per other request — and the
// instance's throughput saturates, which is what lets retries tip it into collapse.
//
// All requests progress at the same speed, so a virtual clock V (dV/dt = 1/f(n)) orders
// completions: a request finishes when V reaches V_at_start + work. A heap on that virtual
// finish gives the next completion in O(log n); only one completion event is pending at a
// time, voided by a generation number when n changes.
import { MinHeap } from '../core/min-heap.js';

export class SharedProcessor {
  private virtual = 0;
  private lastUpdate = 0;
  /** Requests in service by virtual finish time. */
  private readonly heap = new MinHeap();
  generation = 0;

  constructor(private readonly slope: number) {}

  /** Requests in service. */
  get size(): number {
    return this.heap.size;
  }

  private factor(): number {
    return 1 + this.slope * (this.size > 1 ? this.size - 1 : 0);
  }

  private advance(now: number): void {
    if (this.size > 0) this.virtual += (now - this.lastUpdate) / this.factor();
    this.lastUpdate = now;
  }

  /** Adds a request needing `work` µs of uncontended service. */
  add(now: number, job: number, work: number): void {
    this.advance(now);
    this.heap.push(this.virtual + work, job);
  }

  /** Removes and returns the request that finishes first. */
  popFirst(now: number): number {
    this.advance(now);
    return this.heap.pop();
  }

  /** When the first request will finish if nothing changes, in whole µs (≥ now). */
  nextCompletion(now: number): number {
    const remaining = Math.max(0, this.heap.minKey() - this.virtual);
    return now + Math.ceil(remaining * this.factor() - 1e-6);
  }
}
