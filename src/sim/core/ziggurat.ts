// Tables for drawing exponential and normal variates by the ziggurat method (G. Marsaglia and
// W. W. Tsang, "The Ziggurat Method for Generating Random Variables", Journal of Statistical
// Software 5(8), 2000). The draws themselves are Rng.exponential() and Rng.normal().
//
// Why: by inversion an exponential draw, −ln(1 − U), spends most of its time in the log, and
// a normal one (the polar method) in a log and a square root; these draws are most of what a
// simulation draws (Poisson arrivals, service times, network hops, lognormal work). The
// ziggurat needs neither on about 99% of draws.
//
// The shape, for a decreasing density f on x ≥ 0: cover it with LAYERS horizontal strips of
// equal area V. Strip 0, at the bottom, is the rectangle [0, R] × [0, f(R)] plus the whole
// tail beyond R. Strip k ≥ 1 is [0, x_k] × [f(x_k), f(x_{k+1})], where x_1 = R and x_{k+1} =
// f⁻¹(f(x_k) + V / x_k), so that each has area V; R and V are the constants for which the top
// strip ends at x = 0. Picking a strip uniformly and a uniform point in it picks a uniform
// point of the whole ziggurat; keeping only points under the curve makes x follow f. Points
// left of x_{k+1} are under the curve at every height of strip k (the fast path); between
// x_{k+1} and x_k one compares with f(x); in strip 0 beyond R one draws from the tail.

export interface Ziggurat {
  readonly layers: number;
  /** Where strip 0's rectangle ends and its tail begins. */
  readonly r: number;
  /** The area of every strip. */
  readonly v: number;
  /** width[k]: a strip's width (strip 0's is V / f(R), as if its tail were a rectangle). */
  readonly width: Float64Array;
  /** innerShare[k] = x_{k+1} / width[k]: the share of strip k under the curve at every height. */
  readonly innerShare: Float64Array;
  /** height[k] = f(x_k) for k ≥ 1, height[layers] = f(0): the strips' edges. */
  readonly height: Float64Array;
  /** x[k]: the strips' right edges x_1 = R > x_2 > … > x_{layers−1}, and x[layers] = 0. */
  readonly x: Float64Array;
}

function build(
  layers: number,
  r: number,
  v: number,
  f: (x: number) => number,
  inverse: (y: number) => number,
): Ziggurat {
  const x = new Float64Array(layers + 1);
  x[1] = r;
  for (let k = 1; k < layers - 1; k++) {
    const xk = x[k] as number;
    x[k + 1] = inverse(f(xk) + v / xk);
  }
  x[layers] = 0;
  const width = new Float64Array(layers);
  const innerShare = new Float64Array(layers);
  const height = new Float64Array(layers + 1);
  width[0] = v / f(r);
  innerShare[0] = r / (width[0] as number);
  for (let k = 1; k <= layers; k++) height[k] = f(x[k] as number);
  for (let k = 1; k < layers; k++) {
    width[k] = x[k] as number;
    innerShare[k] = (x[k + 1] as number) / (x[k] as number);
  }
  return { layers, r, v, width, innerShare, height, x };
}

/** For e^−x: 256 strips (Marsaglia and Tsang's constants); LAYERS · V = 1.0111. */
export const EXPONENTIAL = build(
  256,
  7.69711747013105,
  0.003949659822581557,
  (x) => Math.exp(-x),
  (y) => -Math.log(y),
);

/** For e^(−x²/2), the normal's half: 128 strips (Marsaglia and Tsang's constants). */
export const HALF_NORMAL = build(
  128,
  3.442619855899,
  0.00991256303526217,
  (x) => Math.exp(-0.5 * x * x),
  (y) => Math.sqrt(-2 * Math.log(y)),
);
