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
import { growFloat, growInt } from '../core/event-queue.js';

export class SharedProcessor {
  private virtual = 0;
  private lastUpdate = 0;
  private keys = new Float64Array(16);
  private jobs = new Int32Array(16);
  size = 0;
  generation = 0;

  constructor(private readonly slope: number) {}

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
    if (this.size === this.keys.length) {
      this.keys = growFloat(this.keys, this.size * 2);
      this.jobs = growInt(this.jobs, this.size * 2);
    }
    let i = this.size++;
    const key = this.virtual + work;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.keys[parent] as number) <= key) break;
      this.keys[i] = this.keys[parent] as number;
      this.jobs[i] = this.jobs[parent] as number;
      i = parent;
    }
    this.keys[i] = key;
    this.jobs[i] = job;
  }

  /** Removes and returns the request that finishes first. */
  popFirst(now: number): number {
    this.advance(now);
    const first = this.jobs[0] as number;
    const n = --this.size;
    const key = this.keys[n] as number;
    const job = this.jobs[n] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && (this.keys[child + 1] as number) < (this.keys[child] as number)) child++;
      if ((this.keys[child] as number) >= key) break;
      this.keys[i] = this.keys[child] as number;
      this.jobs[i] = this.jobs[child] as number;
      i = child;
    }
    this.keys[i] = key;
    this.jobs[i] = job;
    return first;
  }

  /** When the first request will finish if nothing changes, in whole µs (≥ now). */
  nextCompletion(now: number): number {
    const remaining = Math.max(0, (this.keys[0] as number) - this.virtual);
    return now + Math.ceil(remaining * this.factor() - 1e-6);
  }
}
