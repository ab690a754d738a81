// A circuit breaker with resilience4j's semantics and defaults: a time-based sliding window
// of outcomes; it opens when at least `minRequests` calls in the window failed at
// `failureRate` or more (a volume threshold, so one early failure never opens it); it stays
// open for `open`, then lets exactly `halfOpenProbes` calls through (never a flood) and closes
// or re-opens on their failure rate (so it cannot stay stuck half-open once they answer).
// Outcomes are tagged with the breaker's epoch when the call was let through; an outcome from
// an earlier state (a slow call that started before the breaker opened) is ignored.
import { SlidingCounter } from './sliding-counter.js';

const CLOSED = 0;
const OPEN = 1;
const HALF_OPEN = 2;

export interface BreakerPolicy {
  failureRate: number;
  /** µs */
  window: number;
  minRequests: number;
  /** µs */
  open: number;
  halfOpenProbes: number;
}

export class CircuitBreaker {
  private state = CLOSED;
  /** Bumped on every state change. */
  epoch = 1;
  private openUntil = 0;
  private failures: SlidingCounter;
  private calls: SlidingCounter;
  private probesLetThrough = 0;
  private probeOutcomes = 0;
  private probeFailures = 0;
  /** Times it went from closed or half-open to open. */
  openings = 0;
  private notClosedSince = 0;
  private notClosedTotal = 0;

  constructor(private readonly policy: BreakerPolicy) {
    this.failures = new SlidingCounter(policy.window);
    this.calls = new SlidingCounter(policy.window);
  }

  /** May a call go through now? */
  tryAcquire(now: number): boolean {
    if (this.state === OPEN) {
      if (now < this.openUntil) return false;
      this.transition(HALF_OPEN);
    }
    if (this.state === HALF_OPEN) {
      if (this.probesLetThrough >= this.policy.halfOpenProbes) return false;
      this.probesLetThrough++;
    }
    return true;
  }

  /** A call let through at `epoch` ended. */
  record(now: number, epoch: number, ok: boolean): void {
    if (epoch !== this.epoch) return;
    const p = this.policy;
    if (this.state === CLOSED) {
      this.calls.add(now, 1);
      if (!ok) this.failures.add(now, 1);
      const calls = this.calls.total(now);
      if (calls >= p.minRequests && this.failures.total(now) >= p.failureRate * calls)
        this.trip(now);
    } else if (this.state === HALF_OPEN) {
      this.probeOutcomes++;
      if (!ok) this.probeFailures++;
      if (this.probeOutcomes < p.halfOpenProbes) return;
      if (this.probeFailures >= p.failureRate * this.probeOutcomes) {
        this.trip(now);
      } else {
        this.notClosedTotal += now - this.notClosedSince;
        this.transition(CLOSED);
      }
    }
  }

  isClosed(): boolean {
    return this.state === CLOSED;
  }

  /** Microseconds spent open or half-open up to `now`. */
  notClosedTime(now: number): number {
    return this.notClosedTotal + (this.state === CLOSED ? 0 : now - this.notClosedSince);
  }

  private trip(now: number): void {
    if (this.state === CLOSED) this.notClosedSince = now;
    this.openUntil = now + this.policy.open;
    this.openings++;
    this.transition(OPEN);
  }

  private transition(state: number): void {
    this.state = state;
    this.epoch++;
    this.probesLetThrough = this.probeOutcomes = this.probeFailures = 0;
    if (state === CLOSED) {
      this.failures = new SlidingCounter(this.policy.window);
      this.calls = new SlidingCounter(this.policy.window);
    }
  }
}
