// A mergeable latency sketch in the style of DDSketch (Masson, Rim, Lee, VLDB 2019):
// logarithmic buckets of ratio γ = (1+α)/(1−α) so any quantile it returns is within a
// relative error α = 1% of the true sample at that rank. Fixed-size typed arrays: adding a
// value is a log and an increment, two sketches merge by adding counts.

export const SKETCH_RELATIVE_ERROR = 0.01;
const GAMMA = (1 + SKETCH_RELATIVE_ERROR) / (1 - SKETCH_RELATIVE_ERROR);
const LOG_GAMMA = Math.log(GAMMA);
/** Buckets cover 1 µs up to about γ^2400 µs, far beyond any simulated duration. */
const BUCKETS = 2400;

/** The bucket of a value in µs; −1 for the zero bucket (values below 1 µs). */
export function bucketOf(us: number): number {
  if (us < 1) return -1;
  const index = Math.ceil(Math.log(us) / LOG_GAMMA);
  return index < BUCKETS ? index : BUCKETS - 1;
}

export class LatencySketch {
  readonly counts = new Float64Array(BUCKETS);
  zeroCount = 0;
  count = 0;
  sum = 0;
  max = 0;
  private minIndex = BUCKETS;
  private maxIndex = -1;

  /** Adds one value in microseconds (≥ 0). */
  add(us: number): void {
    this.addAt(bucketOf(us), us);
  }

  /** Adds a value whose bucket (bucketOf) is already known: one log for several sketches. */
  addAt(index: number, us: number): void {
    this.count++;
    this.sum += us;
    if (us > this.max) this.max = us;
    if (index < 0) {
      this.zeroCount++;
      return;
    }
    this.counts[index]!++;
    if (index < this.minIndex) this.minIndex = index;
    if (index > this.maxIndex) this.maxIndex = index;
  }

  merge(other: LatencySketch): void {
    for (let i = other.minIndex; i <= other.maxIndex; i++)
      this.counts[i]! += other.counts[i] as number;
    if (other.minIndex < this.minIndex) this.minIndex = other.minIndex;
    if (other.maxIndex > this.maxIndex) this.maxIndex = other.maxIndex;
    this.zeroCount += other.zeroCount;
    this.count += other.count;
    this.sum += other.sum;
    if (other.max > this.max) this.max = other.max;
  }

  clear(): void {
    if (this.maxIndex >= this.minIndex) this.counts.fill(0, this.minIndex, this.maxIndex + 1);
    this.minIndex = BUCKETS;
    this.maxIndex = -1;
    this.zeroCount = 0;
    this.count = 0;
    this.sum = 0;
    this.max = 0;
  }

  mean(): number {
    return this.count === 0 ? NaN : this.sum / this.count;
  }

  /**
   * The q-quantile in microseconds: within relative error α of the sample of rank
   * ⌊q·(count−1)⌋ (0-based) in sorted order; NaN when empty. Never above the true maximum.
   */
  quantile(q: number): number {
    if (this.count === 0) return NaN;
    const rank = Math.floor(q * (this.count - 1));
    if (rank < this.zeroCount) return 0;
    let seen = this.zeroCount;
    for (let i = this.minIndex; i <= this.maxIndex; i++) {
      seen += this.counts[i] as number;
      if (seen > rank) return Math.min(this.max, (2 * Math.pow(GAMMA, i)) / (GAMMA + 1));
    }
    return this.max;
  }
}
