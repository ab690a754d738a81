import { describe, expect, it } from 'vitest';
import { ServiceStats } from './stats.js';

describe('ServiceStats gauges', () => {
  it('integrate over time: an interval holds the time average, the summary starts at warm-up', () => {
    // Two workers. Job A: arrives at 0, works 0–30. Job B: arrives at 10, waits until 30,
    // works 30–50. Intervals of 40 µs; the summary starts at 20.
    const stats = new ServiceStats(2, 2);
    stats.entered(0);
    stats.workerTaken(0);
    stats.entered(10);
    stats.enqueued(10);
    stats.startSummary(20);
    stats.workerFreed(30);
    stats.left(30);
    stats.dequeued(30, 1);
    stats.workerTaken(30);
    stats.closeInterval(40, 0, 40, true);
    stats.workerFreed(50);
    stats.left(50);
    stats.closeInterval(80, 1, 40, true);

    // Interval 0 (0–40): in flight 1·10 + 2·20 + 1·10 = 60 µs·jobs; queued 20; busy 40.
    expect(stats.series.inFlight.values[0]).toBe(60 / 40);
    expect(stats.series.queueLength.values[0]).toBe(20 / 40);
    expect(stats.series.utilization.values[0]).toBe(40 / 40 / 2);
    // Interval 1 (40–80): B in flight and working 40–50.
    expect(stats.series.inFlight.values[1]).toBe(10 / 40);
    expect(stats.series.utilization.values[1]).toBe(10 / 40 / 2);
    // Summary 20–80: in flight 2·10 + 1·20 = 40; queued 10; busy 1·10 + 1·20 = 30.
    expect(stats.averages(80)).toEqual({ inFlight: 40 / 60, queueLength: 10 / 60, busy: 30 / 60 });
    expect([stats.inFlight, stats.queued, stats.busy]).toEqual([0, 0, 0]);
  });
});
