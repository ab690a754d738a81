// Seeded randomness. One master seed gives independent streams (one per purpose: the
// network, the retry jitter, the balancers, each service's service times, each client's
// arrivals...) by jumping xoroshiro128+ 2^64 steps per stream. Streams are handed out in
// scenario order, so changing one service's parameters does not change what the others draw
// (common random numbers when comparing two variants of a scenario).
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import { R, density, innerShare, width } from './exponential.js';

const TWO_POW_27 = 134217728;
// Scaling by a power of two is exact, so multiplying by its inverse gives the same double as
// dividing, and V8 emits a division (tens of cycles) for `/ 2 ** 53`.
const TWO_POW_MINUS_53 = 1 / 9007199254740992;
const TWO_POW_MINUS_45 = 1 / 35184372088832;

export class Rng {
  private spareNormal = NaN;

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
   * A standard exponential draw (mean 1) by the ziggurat method (exponential.ts): about 99% of
   * draws cost two generator steps, a comparison and a multiplication, and no log.
   */
  exponential(): number {
    const high = this.generator.next();
    const low = this.generator.next();
    // The strip from the first word's top 8 bits; a uniform from 45 others (bits 23..6 of the
    // first word, the top 27 of the second), as next01 leaves out the lowest bits.
    const k = high >>> 24;
    const u = (((high >>> 6) & 0x3ffff) * TWO_POW_27 + (low >>> 5)) * TWO_POW_MINUS_45;
    if (u < (innerShare[k] as number)) return u * (width[k] as number);
    return this.exponentialEdge(k, u);
  }

  /** The rare rest of exponential(), apart so that the common path stays small to inline. */
  private exponentialEdge(k: number, u: number): number {
    // Strip 0 beyond R is the tail: R plus a fresh exponential (the distribution is memoryless).
    if (k === 0) return R - Math.log(1 - this.next01());
    const x = u * (width[k] as number);
    const bottom = density[k] as number;
    if (bottom + this.next01() * ((density[k + 1] as number) - bottom) < Math.exp(-x)) return x;
    // Above the curve: start again with a fresh point.
    return this.exponential();
  }

  /** A uniform integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next01() * n);
  }

  /** A standard normal draw (Marsaglia's polar method, keeping the spare). */
  normal(): number {
    if (this.spareNormal === this.spareNormal) {
      const spare = this.spareNormal;
      this.spareNormal = NaN;
      return spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.next01() - 1;
      v = 2 * this.next01() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    this.spareNormal = v * factor;
    return u * factor;
  }
}
