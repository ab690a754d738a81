// Guards around each attempt of a dependency call: the circuit breaker and the bulkhead of
// the calling instance (each instance of a service has its own, as each process would).
// A rejected attempt fails at once: `breakerOpen` (not retried: failing fast is the point)
// or `bulkheadFull` (retried like any error).
import { toMicros } from '../scenario/duration.js';
import type { CallSpecInput } from '../scenario/schema.js';
import { BREAKER_OPEN, BULKHEAD_FULL, OK, isSuccess } from './causes.js';
import { CircuitBreaker } from './circuit-breaker.js';
import type { Engine } from './engine.js';

export class CallGuards {
  readonly breakers: CircuitBreaker[] | null;
  private readonly inFlight: Int32Array;
  private readonly maxConcurrent: number;

  constructor(spec: CallSpecInput, instances: number) {
    const b = spec.breaker;
    this.breakers = b
      ? Array.from(
          { length: instances },
          () =>
            new CircuitBreaker({
              failureRate: b.failureRate,
              window: toMicros(b.window),
              minRequests: b.minRequests,
              open: toMicros(b.open),
              halfOpenProbes: b.halfOpenProbes,
            }),
        )
      : null;
    this.maxConcurrent = spec.bulkhead?.maxConcurrent ?? Infinity;
    this.inFlight = new Int32Array(instances);
  }

  /** Lets attempt `op` through (OK) or says why not. */
  admit(e: Engine, op: number): number {
    const instance = e.jobs.instance[e.ops.parentJob[op] as number] as number;
    // The bulkhead first: its rejections never reach (or count in) the breaker.
    if ((this.inFlight[instance] as number) >= this.maxConcurrent) return BULKHEAD_FULL;
    const breaker = this.breakers?.[instance];
    if (breaker !== undefined) {
      if (!breaker.tryAcquire(e.now)) return BREAKER_OPEN;
      e.ops.guardEpoch[op] = breaker.epoch;
    }
    this.inFlight[instance]!++;
    return OK;
  }

  /** The admitted attempt ended with `cause` (a reply, or TIMEOUT). */
  release(e: Engine, op: number, cause: number): void {
    const instance = e.jobs.instance[e.ops.parentJob[op] as number] as number;
    this.inFlight[instance]!--;
    this.breakers?.[instance]?.record(e.now, e.ops.guardEpoch[op] as number, isSuccess(cause));
  }

  /** Seconds the breakers spent open or half-open, summed over the calling instances. */
  notClosedSeconds(now: number): number {
    return (this.breakers?.reduce((sum, b) => sum + b.notClosedTime(now), 0) ?? 0) / 1e6;
  }

  openings(): number {
    return this.breakers?.reduce((sum, b) => sum + b.openings, 0) ?? 0;
  }
}
