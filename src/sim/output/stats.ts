// Counters and gauges gathered while a run goes: per interval (for the series) and since
// the warm-up ended (for the summary). Gauges are integrated over time, so an interval's
// value is its time average, not a sample.
//
// A counter or latency kept both per interval and in the summary is counted once, in the
// interval, and added to the summary when the interval closes: the request path does half the
// bookkeeping. The interval in which the warm-up ends counts only its part after the warm-up:
// startSummary sets each such summary counter to minus the interval's count so far, and moves
// the latencies so far aside (`early`), exactly as the gauges' areas are split. Counts,
// microsecond waits and latencies are whole numbers, so the sums come out the same to the bit.
import { LatencySketch } from '../core/sketch.js';
import { CAUSE_COUNT } from '../model/causes.js';

/** Per-interval values, one slot per interval; NaN stands for "no value" (null in JSON). */
export class Series {
  readonly values: Float64Array;
  constructor(intervals: number) {
    this.values = new Float64Array(intervals).fill(NaN);
  }
}

export class ServiceStats {
  // Current gauges (sums over the service's instances). Change them only through the methods
  // below, which keep their integrals over time.
  inFlight = 0;
  queued = 0;
  busy = 0;
  // A gauge's integral from the last interval close (`since`) to any time T after its last
  // change is `signed + gauge·(T − since)`: a change by +n at time t subtracts n·(t − since),
  // a change by −n adds it. A change then costs one addition instead of integrating every
  // gauge since the last change. Times count from the interval's start, so the sums stay as
  // small as an interval's area: µs are whole numbers, and the sums are exact, and equal to
  // the step-by-step ones, below 2^53.
  private since = 0;
  private inFlightSigned = 0;
  private queuedSigned = 0;
  private busySigned = 0;
  // Integrals since the summary start, up to the last interval close.
  private inFlightAreaTotal = 0;
  private queuedAreaTotal = 0;
  private busyAreaTotal = 0;

  // Interval counters.
  arrivals = 0;
  completions = 0;
  errors = 0;
  queueWaitSum = 0;
  cacheHits = 0;
  cacheMisses = 0;
  staleReads = 0;
  duplicates = 0;
  readonly latency = new LatencySketch();
  /** The latencies of the current interval from before the warm-up ended (see the top). */
  private early: LatencySketch | null = null;
  // Summary counters (since warm-up); those with an interval twin are added at closeInterval.
  readonly total = {
    arrivals: 0,
    completions: 0,
    successes: 0,
    degraded: 0,
    errors: 0,
    wasted: 0,
    queueWaitSum: 0,
    cacheHits: 0,
    cacheMisses: 0,
    coalesced: 0,
    reads: 0,
    writes: 0,
    staleReads: 0,
    duplicates: 0,
    deduplicated: 0,
  };
  /** Arrivals per instance since the warm-up, for key-routed services; else null. */
  instanceArrivals: Float64Array | null = null;
  readonly errorsByCause = new Float64Array(CAUSE_COUNT);
  readonly latencyTotal = new LatencySketch();
  summaryStart = 0;

  readonly series: Record<
    | 'arrivals'
    | 'completions'
    | 'errors'
    | 'inFlight'
    | 'queueLength'
    | 'utilization'
    | 'p99'
    | 'latencyMean'
    | 'queueWait'
    | 'cacheHits'
    | 'cacheMisses'
    | 'staleReads'
    | 'duplicateExecutions',
    Series
  >;

  constructor(
    intervals: number,
    /** Total workers across instances; Infinity when unlimited. */
    readonly workers: number,
  ) {
    const make = (): Series => new Series(intervals);
    this.series = {
      arrivals: make(),
      completions: make(),
      errors: make(),
      inFlight: make(),
      queueLength: make(),
      utilization: make(),
      p99: make(),
      latencyMean: make(),
      queueWait: make(),
      cacheHits: make(),
      cacheMisses: make(),
      staleReads: make(),
      duplicateExecutions: make(),
    };
  }

  /** A job arrived at the service at `now`. */
  entered(now: number): void {
    this.inFlight++;
    this.inFlightSigned -= now - this.since;
  }

  /** A job left the service (answered) at `now`. */
  left(now: number): void {
    this.inFlight--;
    this.inFlightSigned += now - this.since;
  }

  /** A job started waiting for a worker at `now`. */
  enqueued(now: number): void {
    this.queued++;
    this.queuedSigned -= now - this.since;
  }

  /** `n` jobs stopped waiting (served, shed or lost) at `now`. */
  dequeued(now: number, n: number): void {
    this.queued -= n;
    this.queuedSigned += n * (now - this.since);
  }

  /** A worker was taken at `now`. */
  workerTaken(now: number): void {
    this.busy++;
    this.busySigned -= now - this.since;
  }

  /** A worker was given back at `now`. */
  workerFreed(now: number): void {
    this.busy--;
    this.busySigned += now - this.since;
  }

  /** Closes interval `index` that spanned `length` µs and ends at `now`. */
  closeInterval(now: number, index: number, length: number, counting: boolean): void {
    const span = now - this.since;
    const inFlightArea = this.inFlightSigned + this.inFlight * span;
    const queuedArea = this.queuedSigned + this.queued * span;
    const busyArea = this.busySigned + this.busy * span;
    this.since = now;
    this.inFlightSigned = this.queuedSigned = this.busySigned = 0;
    const s = this.series;
    s.arrivals.values[index] = this.arrivals;
    s.completions.values[index] = this.completions;
    s.errors.values[index] = this.errors;
    s.inFlight.values[index] = inFlightArea / length;
    s.queueLength.values[index] = queuedArea / length;
    s.utilization.values[index] =
      this.workers === Infinity ? NaN : busyArea / length / this.workers;
    let latency = this.latency;
    if (counting) this.latencyTotal.merge(latency);
    const early = this.early;
    if (early !== null && early.count > 0) {
      early.merge(latency);
      latency = early;
    }
    s.p99.values[index] = latency.quantile(0.99);
    s.latencyMean.values[index] = latency.mean();
    s.queueWait.values[index] = this.completions === 0 ? NaN : this.queueWaitSum / this.completions;
    s.cacheHits.values[index] = this.cacheHits;
    s.cacheMisses.values[index] = this.cacheMisses;
    s.staleReads.values[index] = this.staleReads;
    s.duplicateExecutions.values[index] = this.duplicates;
    if (counting) {
      this.inFlightAreaTotal += inFlightArea;
      this.queuedAreaTotal += queuedArea;
      this.busyAreaTotal += busyArea;
      this.addToTotal(1);
    }
    this.cacheHits = this.cacheMisses = this.staleReads = this.duplicates = 0;
    this.arrivals = this.completions = this.errors = 0;
    this.queueWaitSum = 0;
    this.latency.clear();
    early?.clear();
  }

  /** Adds `sign` × the interval counters to their summary twins. */
  private addToTotal(sign: 1 | -1): void {
    const t = this.total;
    t.arrivals += sign * this.arrivals;
    t.completions += sign * this.completions;
    t.successes += sign * (this.completions - this.errors);
    t.errors += sign * this.errors;
    t.queueWaitSum += sign * this.queueWaitSum;
    t.cacheHits += sign * this.cacheHits;
    t.cacheMisses += sign * this.cacheMisses;
    t.staleReads += sign * this.staleReads;
    t.duplicates += sign * this.duplicates;
  }

  /** Starts the summary at `now` (the end of the warm-up). */
  startSummary(now: number): void {
    // Gauge area before the warm-up ended belongs to the interval, not the summary:
    // remember it so closeInterval's share can be subtracted.
    const span = now - this.since;
    this.inFlightAreaTotal = -(this.inFlightSigned + this.inFlight * span);
    this.queuedAreaTotal = -(this.queuedSigned + this.queued * span);
    this.busyAreaTotal = -(this.busySigned + this.busy * span);
    const t = this.total;
    t.arrivals =
      t.completions =
      t.successes =
      t.degraded =
      t.errors =
      t.wasted =
      t.queueWaitSum =
      t.cacheHits =
      t.cacheMisses =
      t.coalesced =
      t.reads =
      t.writes =
      t.staleReads =
      t.duplicates =
      t.deduplicated =
        0;
    // What the interval counted before now belongs to it, not to the summary (see the top).
    this.addToTotal(-1);
    if (this.latency.count > 0) {
      this.early ??= new LatencySketch();
      this.early.merge(this.latency);
      this.latency.clear();
    }
    this.instanceArrivals?.fill(0);
    this.errorsByCause.fill(0);
    this.latencyTotal.clear();
    this.summaryStart = now;
  }

  /** Time averages since the summary started, up to `now` (after the last closeInterval). */
  averages(now: number): { inFlight: number; queueLength: number; busy: number } {
    const span = now - this.summaryStart;
    if (span <= 0) return { inFlight: NaN, queueLength: NaN, busy: NaN };
    return {
      inFlight: this.inFlightAreaTotal / span,
      queueLength: this.queuedAreaTotal / span,
      busy: this.busyAreaTotal / span,
    };
  }
}

/** What a caller (a client, or one dependency call of a service) saw of its requests. */
export class CallerStats {
  /** Requests started and not yet ended. */
  open = 0;
  // Interval counters.
  requests = 0;
  succeeded = 0;
  failed = 0;
  attempts = 0;
  retries = 0;
  readonly total = {
    requests: 0,
    succeeded: 0,
    degraded: 0,
    failed: 0,
    attempts: 0,
    retries: 0,
    retriesDenied: 0,
    timeouts: 0,
  };
  readonly failuresByCause = new Float64Array(CAUSE_COUNT);
  readonly latencyTotal = new LatencySketch();
  readonly series: Record<'requests' | 'succeeded' | 'failed' | 'attempts' | 'retries', Series>;

  constructor(intervals: number) {
    const make = (): Series => new Series(intervals);
    this.series = {
      requests: make(),
      succeeded: make(),
      failed: make(),
      attempts: make(),
      retries: make(),
    };
  }

  closeInterval(index: number, counting: boolean): void {
    if (counting) this.addToTotal(1);
    const s = this.series;
    s.requests.values[index] = this.requests;
    s.succeeded.values[index] = this.succeeded;
    s.failed.values[index] = this.failed;
    s.attempts.values[index] = this.attempts;
    s.retries.values[index] = this.retries;
    this.requests = this.succeeded = this.failed = this.attempts = this.retries = 0;
  }

  /** Adds `sign` × the interval counters to their summary twins (see the top). */
  private addToTotal(sign: 1 | -1): void {
    const t = this.total;
    t.requests += sign * this.requests;
    t.succeeded += sign * this.succeeded;
    t.failed += sign * this.failed;
    t.attempts += sign * this.attempts;
    t.retries += sign * this.retries;
  }

  startSummary(): void {
    const t = this.total;
    t.requests =
      t.succeeded =
      t.degraded =
      t.failed =
      t.attempts =
      t.retries =
      t.retriesDenied =
      t.timeouts =
        0;
    this.addToTotal(-1);
    this.failuresByCause.fill(0);
    this.latencyTotal.clear();
  }
}
