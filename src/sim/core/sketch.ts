// A mergeable latency sketch in the style of DDSketch (Masson, Rim, Lee, VLDB 2019):
// logarithmic buckets of ratio γ = (1+α)/(1−α) so any quantile it returns is within a
// relative error α = 1% of the true sample at that rank. Fixed-size typed arrays: adding a
// value is a table lookup (a log for fractional values) and an increment, two sketches merge
// by adding counts.

export const SKETCH_RELATIVE_ERROR = 0.01;
const GAMMA = (1 + SKETCH_RELATIVE_ERROR) / (1 - SKETCH_RELATIVE_ERROR);
const LOG_GAMMA = Math.log(GAMMA);
/** Buckets cover 1 µs up to about γ^2400 µs, far beyond any simulated duration. */
const BUCKETS = 2400;

/** The definition of the buckets: ⌈log_γ(us)⌉. The tables below are derived from it. */
function exactBucket(us: number): number {
  const index = Math.ceil(Math.log(us) / LOG_GAMMA);
  return index < BUCKETS ? index : BUCKETS - 1;
}

// Simulated latencies are whole microseconds: below 2^32 their buckets come from tables
// rather than a log per value (a log costs as much as the rest of recording a latency).
// exactBucket never decreases from one integer to the next (below 2^32 consecutive integers
// differ by far more than an ulp in log), so the tables reproduce it exactly. Values below
// DIRECT are looked up directly. Above, a value's octave and its next SLOT_BITS bits name a
// slot narrower than a bucket (1/64 of an octave, 1.6%, against γ − 1 = 2%), so a slot spans
// at most two buckets and one comparison with the upper one's lowest value decides.
const TABLE_LIMIT = 2 ** 32;
const SLOT_BITS = 6;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const DIRECT = 1 << (2 * SLOT_BITS);
const directBucket = new Int16Array(DIRECT);
/** slotBucket[octave << SLOT_BITS | bits]: the bucket of the slot's smallest value. */
const slotBucket = new Int16Array(32 << SLOT_BITS);
/** lowest[b]: the smallest integer in bucket b or above; Infinity when none is below 2^32. */
const lowest = new Float64Array(exactBucket(TABLE_LIMIT) + 2).fill(Infinity);
for (let b = 0; b < lowest.length; b++) {
  let n = Math.max(1, Math.ceil(Math.pow(GAMMA, b - 1)));
  while (n > 1 && exactBucket(n - 1) >= b) n--;
  while (exactBucket(n) < b) n++;
  if (n >= TABLE_LIMIT) break;
  lowest[b] = n;
}
for (let us = 1; us < DIRECT; us++) directBucket[us] = exactBucket(us);
for (let octave = 2 * SLOT_BITS; octave < 32; octave++) {
  for (let bits = 0; bits <= SLOT_MASK; bits++) {
    const smallest = ((1 << SLOT_BITS) | bits) * 2 ** (octave - SLOT_BITS);
    slotBucket[(octave << SLOT_BITS) | bits] = exactBucket(smallest);
  }
}

/** The bucket of a value in µs; −1 for the zero bucket (values below 1 µs). */
export function bucketOf(us: number): number {
  if (us < 1) return -1;
  if (us >= TABLE_LIMIT || Math.floor(us) !== us) return exactBucket(us);
  if (us < DIRECT) return directBucket[us] as number;
  const octave = 31 - Math.clz32(us);
  const slot = (octave << SLOT_BITS) | ((us >>> (octave - SLOT_BITS)) & SLOT_MASK);
  const bucket = slotBucket[slot] as number;
  // As a number, not a branch: which side of the boundary a value falls is a coin toss.
  return bucket + +(us >= (lowest[bucket + 1] as number));
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
    const counts = this.counts;
    // The bucket is the first whose running count from the bottom passes `rank`. For a high
    // quantile (every interval's p99) it is found sooner from the top: the first bucket,
    // counting down, whose counts above it stay below count − rank. The same bucket.
    let i = this.minIndex;
    if (q > 0.5) {
      const tail = this.count - rank;
      let above = 0;
      i = this.maxIndex;
      while (i > this.minIndex && above + (counts[i] as number) < tail)
        above += counts[i--] as number;
    } else {
      let seen = this.zeroCount + (counts[i] as number);
      while (seen <= rank && i < this.maxIndex) seen += counts[++i] as number;
    }
    return Math.min(this.max, (2 * Math.pow(GAMMA, i)) / (GAMMA + 1));
  }
}
