// The numbers behind each chart, built from a run: pure, so the same code feeds uPlot, the
// text alternative (a summary table) and the checksum the browser tests read.
import type { Chart, KnobValue } from '../../../curriculum/schema/lab.js';
import type { SimResult } from '../../../sim/output/result.js';

export type SeriesChart = Extract<Chart, { kind: 'series' }>;
export type SweepChart = Extract<Chart, { kind: 'sweep' }>;

export interface Line {
  label: string;
  values: (number | null)[];
}

/** One series chart's lines: x = the start of each interval in seconds. */
export function seriesData(
  result: Pick<SimResult, 'series'>,
  chart: SeriesChart,
): { x: number[]; lines: Line[] } {
  const { interval } = result.series;
  const lines = chart.lines.map((line) => {
    const dot = line.source.lastIndexOf('.');
    const scope = line.source.slice(0, dot);
    const name = line.source.slice(dot + 1);
    const series =
      (result.series.clients[scope] as Record<string, (number | null)[]> | undefined) ??
      (result.series.services[scope] as Record<string, (number | null)[] | undefined> | undefined);
    return { label: line.label, values: series?.[name] ?? [] };
  });
  const length = Math.max(0, ...lines.map((l) => l.values.length));
  const x = Array.from({ length }, (_, i) => Math.round(i * interval * 1e6) / 1e6);
  return { x, lines };
}

/** Pads or cuts a line to n points, so a pinned run can share the current run's x axis. */
export function fitLength(values: readonly (number | null)[], n: number): (number | null)[] {
  return Array.from({ length: n }, (_, i) => values[i] ?? null);
}

export interface LineStats {
  min: number | null;
  max: number | null;
  mean: number | null;
  last: number | null;
}

export function lineStats(values: readonly (number | null)[]): LineStats {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (xs.length === 0) return { min: null, max: null, mean: null, last: null };
  return {
    min: Math.min(...xs),
    max: Math.max(...xs),
    mean: xs.reduce((a, b) => a + b, 0) / xs.length,
    last: xs[xs.length - 1]!,
  };
}

/** A short fingerprint of the numbers drawn (FNV-1a), exposed as a data attribute. */
export function checksum(lines: readonly (readonly (number | null)[])[]): string {
  let hash = 0x811c9dc5;
  for (const line of lines) {
    for (const v of line) {
      const text = v === null ? 'n' : v.toFixed(6);
      for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
      hash = Math.imul(hash ^ 0x2c, 0x01000193) >>> 0;
    }
    hash = Math.imul(hash ^ 0x7c, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A sweep's x axis: the knob values when they are numbers, else their positions. */
export function sweepAxis(values: readonly KnobValue[]): { x: number[]; labels: string[] } {
  const numeric = values.every((v) => typeof v === 'number');
  return {
    x: values.map((v, i) => (numeric ? (v as number) : i)),
    labels: values.map((v) => String(v)),
  };
}

/** A number for people: up to 4 significant digits, no exponent for ordinary sizes. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en');
  return String(Number(value.toPrecision(4)));
}
