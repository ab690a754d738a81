// Samplers for the scenario's time distributions. A sampler is compiled once from its spec
// into plain numbers (microseconds) and draws with a switch, no closures or allocation.
import type { DistributionSpec } from '../scenario/distribution.js';
import { toMicros } from '../scenario/duration.js';
import type { Rng } from './rng.js';

const Z_99 = 2.3263478740408408; // the standard normal's 99th percentile

/**
 * Math.round for the simulation's times: the same result for every number but −0.5 ≤ x ≤ −0
 * (where Math.round gives −0 and this +0). V8 compiles Math.round to a branch on the
 * fraction, which a random draw mispredicts half the time; here the fix-up branch is almost
 * never taken (only when x + 0.5 rounds up to the next integer in floating point).
 */
export function roundMicros(x: number): number {
  const r = Math.floor(x + 0.5);
  return r - 0.5 > x ? r - 1 : r;
}

const enum Kind {
  Constant,
  Exponential,
  Uniform,
  Normal,
  Lognormal,
  Pareto,
  Empirical,
}

export class Sampler {
  private constructor(
    private readonly kind: Kind,
    private readonly p1: number,
    private readonly p2: number,
    private readonly values: Float64Array = new Float64Array(0),
    private readonly cdf: Float64Array = new Float64Array(0),
  ) {}

  static constant(us: number): Sampler {
    return new Sampler(Kind.Constant, us, 0);
  }

  static fromSpec(spec: DistributionSpec): Sampler {
    switch (spec.kind) {
      case 'constant':
        return new Sampler(Kind.Constant, toMicros(spec.value), 0);
      case 'exponential':
        return new Sampler(Kind.Exponential, toMicros(spec.mean), 0);
      case 'uniform':
        return new Sampler(Kind.Uniform, toMicros(spec.min), toMicros(spec.max));
      case 'normal':
        return new Sampler(Kind.Normal, toMicros(spec.mean), toMicros(spec.stddev));
      case 'lognormal': {
        const median = toMicros(spec.median);
        const mu = Math.log(Math.max(median, 1e-9));
        const sigma = spec.sigma ?? (Math.log(toMicros(spec.p99 ?? spec.median)) - mu) / Z_99;
        return new Sampler(Kind.Lognormal, mu, sigma);
      }
      case 'pareto':
        return new Sampler(Kind.Pareto, toMicros(spec.min), spec.alpha);
      case 'empirical': {
        const values = Float64Array.from(spec.values.map(toMicros));
        const weights = spec.weights ?? spec.values.map(() => 1);
        const total = weights.reduce((sum, w) => sum + w, 0);
        const cdf = new Float64Array(values.length);
        let running = 0;
        for (let i = 0; i < values.length; i++) {
          running += (weights[i] ?? 0) / total;
          cdf[i] = running;
        }
        cdf[values.length - 1] = 1;
        return new Sampler(Kind.Empirical, 0, 0, values, cdf);
      }
    }
  }

  /** One draw, in whole microseconds, never negative. */
  sample(rng: Rng): number {
    // Exponential first and inline: most draws of most scenarios are (arrivals, hops, work).
    if (this.kind === Kind.Exponential) return roundMicros(this.p1 * rng.exponential());
    return roundMicros(this.sampleExact(rng));
  }

  /** Fills `out` with draws: the same values as sample() in turn. */
  fill(out: Float64Array, rng: Rng): void {
    for (let i = 0; i < out.length; i++) out[i] = this.sample(rng);
  }

  /** One draw in (fractional) microseconds. */
  sampleExact(rng: Rng): number {
    switch (this.kind) {
      case Kind.Constant:
        return this.p1;
      case Kind.Exponential:
        return this.p1 * rng.exponential();
      case Kind.Uniform:
        return this.p1 + (this.p2 - this.p1) * rng.next01();
      case Kind.Normal:
        return Math.abs(this.p1 + this.p2 * rng.normal());
      case Kind.Lognormal:
        return Math.exp(this.p1 + this.p2 * rng.normal());
      case Kind.Pareto:
        return this.p1 * Math.pow(1 - rng.next01(), -1 / this.p2);
      case Kind.Empirical: {
        const u = rng.next01();
        const cdf = this.cdf;
        let lo = 0;
        let hi = cdf.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((cdf[mid] as number) > u) hi = mid;
          else lo = mid + 1;
        }
        return this.values[lo] as number;
      }
    }
  }

  /** The distribution's mean in microseconds (Infinity for a Pareto with alpha ≤ 1). */
  mean(): number {
    switch (this.kind) {
      case Kind.Constant:
      case Kind.Exponential:
        return this.p1;
      case Kind.Uniform:
        return (this.p1 + this.p2) / 2;
      case Kind.Normal: {
        // Mean of a folded normal.
        const m = this.p1;
        const s = this.p2;
        if (s === 0) return Math.abs(m);
        return (
          s * Math.sqrt(2 / Math.PI) * Math.exp(-(m * m) / (2 * s * s)) +
          m * (1 - 2 * normalCdf(-m / s))
        );
      }
      case Kind.Lognormal:
        return Math.exp(this.p1 + (this.p2 * this.p2) / 2);
      case Kind.Pareto:
        return this.p2 <= 1 ? Infinity : (this.p2 * this.p1) / (this.p2 - 1);
      case Kind.Empirical: {
        let mean = 0;
        let previous = 0;
        for (let i = 0; i < this.values.length; i++) {
          const c = this.cdf[i] as number;
          mean += (this.values[i] as number) * (c - previous);
          previous = c;
        }
        return mean;
      }
    }
  }
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 on erf; error below 1.5e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
