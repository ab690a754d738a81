// Tables for drawing standard exponential variates by the ziggurat method (G. Marsaglia and
// W. W. Tsang, "The Ziggurat Method for Generating Random Variables", Journal of Statistical
// Software 5(8), 2000). The draw itself is Rng.exponential().
//
// Why: an exponential draw by inversion, −ln(1 − U), spends most of its time in the log, and
// exponential draws are most of what a simulation draws (Poisson arrivals, service times,
// network hops). The ziggurat needs no log on about 99% of draws.
//
// The shape: cover the density e^−x with LAYERS horizontal strips of equal area V. Strip 0,
// at the bottom, is the rectangle [0, R] × [0, e^−R] plus the whole tail beyond R. Strip k ≥ 1
// is [0, x_k] × [e^−x_k, e^−x_{k+1}], where x_1 = R and x_{k+1} = −ln(e^−x_k + V / x_k), so
// that each has area V; R and V are the constants for which the top strip ends at x = 0.
// Picking a strip uniformly and a uniform point in it picks a uniform point of the whole
// ziggurat; keeping only points under the curve makes x exponential. Points left of x_{k+1}
// are under the curve for certain (the fast path); between x_{k+1} and x_k one compares with
// e^−x; in strip 0 beyond R one draws from the tail, which is R plus an exponential again.

export const LAYERS = 256;
/** Where strip 0's rectangle ends and its tail begins (Marsaglia and Tsang, 2000). */
export const R = 7.69711747013105;
/** The area of each strip: LAYERS · V = 1.0111, so 98.9% of candidate points are accepted. */
export const V = 0.003949659822581557;

/** width[k]: a strip's width (strip 0's is V / e^−R, as if its tail were a rectangle). */
export const width = new Float64Array(LAYERS);
/** inner[k] / width[k]: the share of strip k under the curve at every height (fast path). */
export const innerShare = new Float64Array(LAYERS);
/** density[k] = e^−x_k for k ≥ 1, and density[LAYERS] = 1: the strips' heights. */
export const density = new Float64Array(LAYERS + 1);

const x = new Float64Array(LAYERS + 1);
x[1] = R;
for (let k = 1; k < LAYERS; k++) {
  const xk = x[k] as number;
  x[k + 1] = k + 1 === LAYERS ? 0 : -Math.log(Math.exp(-xk) + V / xk);
}
width[0] = V / Math.exp(-R);
innerShare[0] = R / (width[0] as number);
density[0] = 0;
for (let k = 1; k <= LAYERS; k++) density[k] = Math.exp(-(x[k] as number));
for (let k = 1; k < LAYERS; k++) {
  width[k] = x[k] as number;
  innerShare[k] = (x[k + 1] as number) / (x[k] as number);
}

/** The x_k of the construction, for tests. */
export function layerBoundary(k: number): number {
  return x[k] as number;
}
