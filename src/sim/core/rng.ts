// Seeded randomness. One master seed gives independent streams (one per purpose: the
// network, the retry jitter, the balancers, each service's service times, each client's
// arrivals...) by jumping xoroshiro128+ 2^64 steps per stream. Streams are handed out in
// scenario order, so changing one service's parameters does not change what the others draw
// (common random numbers when comparing two variants of a scenario).
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';

const TWO_POW_27 = 134217728;
const TWO_POW_53 = 9007199254740992;

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
    return (high * TWO_POW_27 + low) / TWO_POW_53;
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
