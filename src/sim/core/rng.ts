// Seeded randomness. One master seed gives independent streams (one per purpose: the
// network, the retry jitter, the balancers, each service's service times, each client's
// arrivals...) by jumping xoroshiro128+ 2^64 steps per stream. Streams are handed out in
// scenario order, so changing one service's parameters does not change what the others draw
// (common random numbers when comparing two variants of a scenario).
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import { EXPONENTIAL, HALF_NORMAL } from './ziggurat.js';

const TWO_POW_27 = 134217728;
// Scaling by a power of two is exact, so multiplying by its inverse gives the same double as
// dividing, and V8 emits a division (tens of cycles) for `/ 2 ** 53`.
const TWO_POW_MINUS_53 = 1 / 9007199254740992;
const TWO_POW_MINUS_45 = 1 / 35184372088832;

// The ziggurats' tables as module constants, which V8 reads without a lookup (ziggurat.ts).
const EXP_R = EXPONENTIAL.r;
const EXP_WIDTH = EXPONENTIAL.width;
const EXP_INNER = EXPONENTIAL.innerShare;
const EXP_HEIGHT = EXPONENTIAL.height;
const NORMAL_R = HALF_NORMAL.r;
const NORMAL_WIDTH = HALF_NORMAL.width;
const NORMAL_INNER = HALF_NORMAL.innerShare;
const NORMAL_HEIGHT = HALF_NORMAL.height;

export class Rng {
  private constructor(private readonly generator: JumpableRandomGenerator) {}

  static fromSeed(seed: number): Rng {
    const generator = xoroshiro128plus(seed | 0);
    // The first outputs of a freshly seeded xoroshiro state are weakly mixed; skip them.
    for (let i = 0; i < 32; i++) generator.next();
    return new Rng(generator);
  }

  /** An independent stream: this generator jumped `index + 1` times (it is left unchanged). */
  stream(index: number): Rng {
    const generator = this.generator.clone();
    for (let i = 0; i <= index; i++) generator.jump();
    return new Rng(generator);
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  next01(): number {
    const high = this.generator.next() >>> 6;
    const low = this.generator.next() >>> 5;
    return (high * TWO_POW_27 + low) * TWO_POW_MINUS_53;
  }

  /**
   * A standard exponential draw (mean 1) by the ziggurat method (ziggurat.ts): about 99% of
   * draws cost two generator steps, a comparison and a multiplication, and no log.
   */
  exponential(): number {
    // A loop, not a recursive call, draws again after a rejection: V8 would merge the call's
    // boxed result with the common path's and box every draw, a heap allocation each.
    for (;;) {
      const high = this.generator.next();
      const low = this.generator.next();
      // The strip from the first word's top 8 bits; a uniform from 45 others (bits 23..6 of
      // the first word, the top 27 of the second), as next01 leaves out the lowest bits.
      const k = high >>> 24;
      const u = (((high >>> 6) & 0x3ffff) * TWO_POW_27 + (low >>> 5)) * TWO_POW_MINUS_45;
      if (u < (EXP_INNER[k] as number)) return u * (EXP_WIDTH[k] as number);
      const x = this.exponentialEdge(k, u);
      if (x >= 0) return x;
    }
  }

  /** Fills `out` with standard exponential draws: the same values as exponential() in turn. */
  fillExponential(out: Float64Array): void {
    for (let i = 0; i < out.length; i++) out[i] = this.exponential();
  }

  /**
   * The rare rest of exponential(), apart so that the common path stays small to inline: the
   * draw, or −1 when the point is rejected.
   */
  private exponentialEdge(k: number, u: number): number {
    // Strip 0 beyond R is the tail: R plus a fresh exponential (the distribution is memoryless).
    if (k === 0) return EXP_R - Math.log(1 - this.next01());
    const x = u * (EXP_WIDTH[k] as number);
    const bottom = EXP_HEIGHT[k] as number;
    if (bottom + this.next01() * ((EXP_HEIGHT[k + 1] as number) - bottom) < Math.exp(-x)) return x;
    // Above the curve: −1 asks for a fresh point.
    return -1;
  }

  /**
   * A standard normal draw by the ziggurat method (ziggurat.ts) over the half-normal, with a
   * random sign: about 99% of draws cost two generator steps and no log or square root.
   */
  normal(): number {
    // A loop rather than recursion after a rejection, as in exponential().
    for (;;) {
      const high = this.generator.next();
      const low = this.generator.next();
      // The sign from the first word's top bit, the strip from its next 7, the uniform as in
      // exponential(). The sign is a factor of ±1, not a branch: it is a coin toss, and ±1
      // scales exactly.
      const k = (high >>> 24) & 0x7f;
      const u = (((high >>> 6) & 0x3ffff) * TWO_POW_27 + (low >>> 5)) * TWO_POW_MINUS_45;
      const sign = 1 - 2 * (high >>> 31);
      if (u < (NORMAL_INNER[k] as number)) return u * (NORMAL_WIDTH[k] as number) * sign;
      const x = this.normalEdge(k, u);
      if (x >= 0) return x * sign;
    }
  }

  /**
   * The rare rest of normal(), apart so that the common path stays small to inline: the
   * draw's magnitude, or −1 when the point is rejected.
   */
  private normalEdge(k: number, u: number): number {
    let x: number;
    if (k === 0) {
      // The tail beyond R (G. Marsaglia, "Generating a variable from the tail of the normal
      // distribution", Technometrics 6(1), 1964): R + t with t exponential of rate R, kept
      // with probability e^(−t²/2), tested as −ln(U) > t²/2.
      let t: number;
      let y: number;
      do {
        t = -Math.log(1 - this.next01()) / NORMAL_R;
        y = -Math.log(1 - this.next01());
      } while (2 * y <= t * t);
      x = NORMAL_R + t;
    } else {
      x = u * (NORMAL_WIDTH[k] as number);
      const bottom = NORMAL_HEIGHT[k] as number;
      const y = bottom + this.next01() * ((NORMAL_HEIGHT[k + 1] as number) - bottom);
      // Above the curve: −1 asks for a fresh point.
      if (y >= Math.exp(-0.5 * x * x)) return -1;
    }
    return x;
  }

  /** A uniform integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next01() * n);
  }
}
