import { describe, expect, it } from 'vitest';
import type { Span, Trace } from '../../../sim/output/traces.js';
import { spanLabel, traceTitle, waterfallRows } from './trace-rows.js';

const span = (over: Partial<Span>): Span => ({
  kind: 'request',
  name: 'users',
  start: 0,
  end: 1,
  outcome: 'ok',
  cause: null,
  children: [],
  ...over,
});

const trace: Trace = {
  request: 7,
  client: 'users',
  interval: 10,
  kept: ['error', 'slowest'],
  latency: 0.4,
  root: span({
    start: 10,
    end: 10.4,
    outcome: 'error',
    cause: 'timeout',
    children: [
      span({
        kind: 'attempt',
        attempt: 1,
        start: 10,
        end: 10.3,
        outcome: 'error',
        cause: 'timeout',
        children: [
          span({
            kind: 'service',
            name: 'api',
            instance: 0,
            start: 10.1,
            end: 10.6,
            abandoned: true,
          }),
        ],
      }),
      span({ kind: 'attempt', attempt: 2, start: 10.35, end: null, outcome: null }),
    ],
  }),
};

describe('trace waterfall rows', () => {
  it('lists spans depth first with their depth', () => {
    const { rows } = waterfallRows(trace, 20);
    expect(rows.map((r) => [r.depth, r.span.kind])).toEqual([
      [0, 'request'],
      [1, 'attempt'],
      [2, 'service'],
      [1, 'attempt'],
    ]);
  });

  it('scales bars to the latest end, including abandoned work and unfinished spans', () => {
    // The unfinished attempt runs to the run's end (20 s): the axis is 10 s long.
    const { rows, total } = waterfallRows(trace, 20);
    expect(total).toBeCloseTo(10);
    expect(rows[2]!.left).toBeCloseTo(0.01);
    expect(rows[2]!.width).toBeCloseTo(0.05);
    expect(rows[3]!.duration).toBeNull();
    expect(rows[3]!.left + rows[3]!.width).toBeCloseTo(1);
  });

  it('labels spans with what, where and the outcome', () => {
    const { rows } = waterfallRows(trace, 20);
    expect(rows.map((r) => r.label)).toEqual([
      'request users · error (timeout)',
      'attempt 1 · error (timeout)',
      'at api #0 · ok · abandoned',
      'attempt 2 · unfinished',
    ]);
    expect(spanLabel(span({ kind: 'call', name: 'db', note: 'cache miss' }))).toBe(
      'call db · ok · cache miss',
    );
    expect(traceTitle(trace)).toBe('Request 7 · users · error · 400 ms');
  });
});
