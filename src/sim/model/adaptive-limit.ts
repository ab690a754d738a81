// Adaptive concurrency limits, after Netflix's concurrency-limits library (AIMDLimit,
// VegasLimit, Gradient2Limit) with its defaults: an instance admits a request only while its
// requests in flight are below the limit (else `shed`), and every completed request's
// latency (arrival to response at the instance) adjusts the limit.

export interface ConcurrencyLimit {
  /** Current limit (requests in flight per instance). */
  limit: number;
  /** A request admitted with `inFlight` others ended after `rtt` µs; `dropped` if it failed. */
  sample(rtt: number, inFlight: number, dropped: boolean): void;
}

/** AIMD: +1 while the limit is in use, ×0.9 on a drop or a latency above the timeout (5 s). */
class AimdLimit implements ConcurrencyLimit {
  limit = 20;
  sample(rtt: number, inFlight: number, dropped: boolean): void {
    if (dropped || rtt > 5_000_000) this.limit = Math.max(20, Math.floor(this.limit * 0.9));
    else if (inFlight * 2 >= this.limit) this.limit = Math.min(200, this.limit + 1);
  }
}

/**
 * Vegas: estimates the queue as limit · (1 − rtt_noload / rtt) from the lowest latency seen,
 * grows the limit while that queue is small and shrinks it when it is large (thresholds
 * α = 3·log10(limit), β = 6·log10(limit)).
 */
class VegasLimit implements ConcurrencyLimit {
  limit = 20;
  private rttNoLoad = Infinity;
  sample(rtt: number, inFlight: number, dropped: boolean): void {
    if (rtt <= 0) return;
    if (rtt < this.rttNoLoad) this.rttNoLoad = rtt;
    const log = Math.max(1, Math.log10(this.limit));
    if (dropped) {
      this.limit = Math.max(1, this.limit - log);
      return;
    }
    // Application-limited: too little traffic to say anything about the limit.
    if (inFlight * 2 < this.limit) return;
    const queue = Math.ceil(this.limit * (1 - this.rttNoLoad / rtt));
    let next = this.limit;
    if (queue <= log) next = this.limit + 6 * log;
    else if (queue < 3 * log) next = this.limit + log;
    else if (queue > 6 * log) next = this.limit - log;
    this.limit = Math.min(1000, Math.max(1, next));
  }
}

/**
 * Gradient2: compares a long-term average latency (exponential, 600 samples) with the
 * latest; the ratio (×1.5 tolerance, clamped to [0.5, 1]) scales the limit, plus a queue
 * allowance of 4, smoothed by 0.2. Limits 20..200.
 */
class GradientLimit implements ConcurrencyLimit {
  limit = 20;
  private longRtt = 0;
  private samples = 0;
  sample(rtt: number, inFlight: number): void {
    if (rtt <= 0) return;
    this.samples++;
    const weight = this.samples < 600 ? 1 / this.samples : 2 / 601;
    this.longRtt += (rtt - this.longRtt) * weight;
    // Let the long-term average recover quickly after a latency spike.
    if (this.longRtt / rtt > 2) this.longRtt *= 0.95;
    if (inFlight * 2 < this.limit) return;
    const gradient = Math.max(0.5, Math.min(1, (1.5 * this.longRtt) / rtt));
    const next = this.limit * gradient + 4;
    this.limit = Math.min(200, Math.max(20, this.limit * 0.8 + next * 0.2));
  }
}

export function createLimit(kind: 'aimd' | 'vegas' | 'gradient'): ConcurrencyLimit {
  if (kind === 'aimd') return new AimdLimit();
  if (kind === 'vegas') return new VegasLimit();
  return new GradientLimit();
}
