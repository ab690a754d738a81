import { describe, expect, it } from 'vitest';
import {
  checksum,
  fitLength,
  formatNumber,
  lineStats,
  seriesData,
  sweepAxis,
} from './chart-data.js';
import { testLab } from './test-lab.js';

const chart = testLab.charts[0] as Extract<(typeof testLab.charts)[number], { kind: 'series' }>;

const result = {
  series: {
    interval: 0.5,
    intervalWidened: false,
    clients: {
      users: { requests: [], succeeded: [1, 2, null], failed: [], attempts: [], retries: [] },
    },
    services: { api: { inFlight: [3, 4, 5, 6] } },
  },
} as unknown as Parameters<typeof seriesData>[0];

describe('chart data', () => {
  it('reads SCOPE.SERIES lines with x at the start of each interval', () => {
    const data = seriesData(result, chart);
    expect(data.x).toEqual([0, 0.5, 1, 1.5]);
    expect(data.lines).toEqual([
      { label: 'succeeded', values: [1, 2, null] },
      { label: 'in flight', values: [3, 4, 5, 6] },
    ]);
  });

  it('fits a pinned line to the current length', () => {
    expect(fitLength([1, 2], 4)).toEqual([1, 2, null, null]);
    expect(fitLength([1, 2, 3], 2)).toEqual([1, 2]);
  });

  it('summarises a line, skipping gaps', () => {
    expect(lineStats([2, null, 4, 0])).toEqual({ min: 0, max: 4, mean: 2, last: 0 });
    expect(lineStats([null])).toEqual({ min: null, max: null, mean: null, last: null });
  });

  it('changes its checksum when any value, gap or line boundary changes', () => {
    const base = checksum([[1, 2, 3]]);
    expect(checksum([[1, 2, 3]])).toBe(base);
    expect(checksum([[1, 2, 3.000001]])).not.toBe(base);
    expect(checksum([[1, 2, null]])).not.toBe(base);
    expect(checksum([[1, 2], [3]])).not.toBe(base);
  });

  it('uses positions for a sweep over words', () => {
    expect(sweepAxis([1, 1.5, 3])).toEqual({ x: [1, 1.5, 3], labels: ['1', '1.5', '3'] });
    expect(sweepAxis(['none', 'full'])).toEqual({ x: [0, 1], labels: ['none', 'full'] });
  });

  it('formats numbers for people', () => {
    expect(formatNumber(0.950001)).toBe('0.95');
    expect(formatNumber(2.373063)).toBe('2.373');
    expect(formatNumber(12345.6)).toBe('12,346');
    expect(formatNumber(null)).toBe('–');
  });
});
