// Statistics for the engine's own tests: batch means over a run's intervals, confidence
// intervals from Student's t. Kept beside the engine (pure) so every test uses one method.

/** Two-sided 99% quantiles of Student's t for 1..30 degrees of freedom (then the normal). */
const T_99 = [
  63.657, 9.925, 5.841, 4.604, 4.032, 3.707, 3.499, 3.355, 3.25, 3.169, 3.106, 3.055, 3.012, 2.977,
  2.947, 2.921, 2.898, 2.878, 2.861, 2.845, 2.831, 2.819, 2.807, 2.797, 2.787, 2.779, 2.771, 2.763,
  2.756, 2.75,
];

export function t99(degreesOfFreedom: number): number {
  return T_99[degreesOfFreedom - 1] ?? 2.576;
}

export interface Interval {
  mean: number;
  /** Half-width of the 99% confidence interval. */
  halfWidth: number;
  batches: number[];
}

/** A 99% confidence interval for the mean of independent (batch) values. */
export function confidence(values: number[]): Interval {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, b) => a + (b - mean) * (b - mean), 0) / (n - 1);
  return { mean, halfWidth: t99(n - 1) * Math.sqrt(variance / n), batches: values };
}

/**
 * Batch means: splits intervals [first, last) into `batches` equal groups and averages
 * `numerator / denominator` within each (a ratio estimator, e.g. total wait / completions).
 */
export function batchRatios(
  numerator: (number | null)[],
  denominator: (number | null)[],
  first: number,
  last: number,
  batches: number,
): Interval {
  const size = Math.floor((last - first) / batches);
  const values: number[] = [];
  for (let b = 0; b < batches; b++) {
    let num = 0;
    let den = 0;
    for (let i = first + b * size; i < first + (b + 1) * size; i++) {
      num += numerator[i] ?? 0;
      den += denominator[i] ?? 0;
    }
    values.push(num / den);
  }
  return confidence(values);
}

/** Batch means of a per-interval value (each interval weighted equally). */
export function batchMeans(
  series: (number | null)[],
  first: number,
  last: number,
  batches: number,
): Interval {
  const ones = series.map(() => 1);
  return batchRatios(series, ones, first, last, batches);
}

/** The Kolmogorov–Smirnov statistic of samples against a continuous CDF. */
export function ksStatistic(samples: number[], cdf: (x: number) => number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  let d = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, Math.abs(f - i / n), Math.abs((i + 1) / n - f));
  });
  return d;
}

/** KS critical value at significance 0.001 for n samples (asymptotic). */
export function ksCritical(n: number): number {
  return 1.949 / Math.sqrt(n);
}
