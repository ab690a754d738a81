// Retry budgets: the real shapes learners meet (SIM_SEMANTICS.md). The caller tells the
// budget about attempts and outcomes; before each retry it asks `tryRetry`, which also
// reserves the retry so that simultaneous decisions cannot overshoot the limit.
import type { BudgetSpec } from '../scenario/policies.js';
import { toMicros } from '../scenario/duration.js';
import { SlidingCounter } from './sliding-counter.js';

export interface RetryBudget {
  /** An attempt starts (first or retry). */
  attemptStarted(now: number, isRetry: boolean): void;
  /** The caller learnt the attempt's outcome (reply or timeout). */
  attemptEnded(now: number, isRetry: boolean, ok: boolean, timedOut: boolean): void;
  /** May the caller retry now? True reserves the retry. */
  tryRetry(now: number, afterTimeout: boolean): boolean;
  /** A reserved retry was never started (its deadline passed while backing off). */
  retryAbandoned(): void;
}

/** Retries ≤ ratio × first attempts + floor over a sliding window (SRE book; Finagle). */
class WindowBudget implements RetryBudget {
  private readonly firsts: SlidingCounter;
  private readonly retries: SlidingCounter;
  private readonly floor: number;

  constructor(
    private readonly ratio: number,
    minPerSecond: number,
    windowUs: number,
  ) {
    this.firsts = new SlidingCounter(windowUs);
    this.retries = new SlidingCounter(windowUs);
    this.floor = (minPerSecond * windowUs) / 1e6;
  }

  attemptStarted(now: number, isRetry: boolean): void {
    if (!isRetry) this.firsts.add(now, 1);
  }

  attemptEnded(): void {}

  tryRetry(now: number): boolean {
    const allowed = this.ratio * this.firsts.total(now) + this.floor;
    if (this.retries.total(now) + 1 > allowed) return false;
    this.retries.add(now, 1);
    return true;
  }

  retryAbandoned(): void {}
}

/** gRPC retry throttling: a token bucket drained by failures and refilled by successes. */
class GrpcBudget implements RetryBudget {
  private tokens: number;

  constructor(
    private readonly maxTokens: number,
    private readonly tokenRatio: number,
  ) {
    this.tokens = maxTokens;
  }

  attemptStarted(): void {}

  attemptEnded(_now: number, _isRetry: boolean, ok: boolean): void {
    this.tokens = ok
      ? Math.min(this.maxTokens, this.tokens + this.tokenRatio)
      : Math.max(0, this.tokens - 1);
  }

  tryRetry(): boolean {
    return this.tokens > this.maxTokens / 2;
  }

  retryAbandoned(): void {}
}

/** Envoy: concurrent retries ≤ max(floor, percent% of active requests). */
class EnvoyBudget implements RetryBudget {
  private active = 0;
  private activeRetries = 0;

  constructor(
    private readonly percent: number,
    private readonly minConcurrent: number,
  ) {}

  attemptStarted(): void {
    // A retry was already counted as active when tryRetry reserved it.
    this.active++;
  }

  attemptEnded(_now: number, isRetry: boolean): void {
    this.active--;
    if (isRetry) this.activeRetries--;
  }

  tryRetry(): boolean {
    const limit = Math.max(this.minConcurrent, (this.percent / 100) * this.active);
    if (this.activeRetries + 1 > limit) return false;
    this.activeRetries++;
    return true;
  }

  retryAbandoned(): void {
    this.activeRetries--;
  }
}

/** AWS SDK standard mode: a retry quota; retries cost tokens, successes refund them. */
class AwsBudget implements RetryBudget {
  private tokens: number;

  constructor(
    private readonly quota: number,
    private readonly cost: number,
    private readonly timeoutCost: number,
    private readonly refund: number,
  ) {
    this.tokens = quota;
  }

  attemptStarted(): void {}

  attemptEnded(_now: number, isRetry: boolean, ok: boolean): void {
    if (ok) this.tokens = Math.min(this.quota, this.tokens + (isRetry ? this.cost : this.refund));
  }

  tryRetry(_now: number, afterTimeout: boolean): boolean {
    const cost = afterTimeout ? this.timeoutCost : this.cost;
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  retryAbandoned(): void {}
}

export function createBudget(spec: BudgetSpec): RetryBudget {
  switch (spec.kind) {
    case 'grpc':
      return new GrpcBudget(spec.maxTokens, spec.tokenRatio);
    case 'finagle':
      return new WindowBudget(spec.percent, spec.minPerSecond, toMicros(spec.ttl));
    case 'envoy':
      return new EnvoyBudget(spec.percent, spec.minConcurrent);
    case 'aws':
      return new AwsBudget(spec.quota, spec.cost, spec.timeoutCost, spec.refund);
    default:
      return new WindowBudget(spec.ratio, spec.minPerSecond, toMicros(spec.window));
  }
}
