import { describe, expect, it } from 'vitest';
import { clientHealth, percent, serviceHealth } from './health.js';

describe('health of a service', () => {
  it('is ok when little fails and workers have room', () => {
    expect(serviceHealth({ arrivals: 1000, errors: 5, wasted: 0, utilization: 0.5 })).toEqual({
      level: 'ok',
      text: 'ok · <1% errors · 50% busy',
    });
  });

  it('warns from 1% errors or 80% busy', () => {
    expect(serviceHealth({ arrivals: 1000, errors: 10, wasted: 0, utilization: 0.1 }).level).toBe(
      'warn',
    );
    expect(serviceHealth({ arrivals: 1000, errors: 0, wasted: 0, utilization: 0.8 }).level).toBe(
      'warn',
    );
    expect(serviceHealth({ arrivals: 1000, errors: 0, wasted: 0, utilization: 0.79 }).level).toBe(
      'ok',
    );
  });

  it('is bad from 5% errors, 5% wasted work or 95% busy, and says which', () => {
    expect(serviceHealth({ arrivals: 100, errors: 5, wasted: 0, utilization: null })).toEqual({
      level: 'bad',
      text: 'bad · 5% errors',
    });
    // The retry storm: no errors at the server, but most of its work is thrown away.
    expect(serviceHealth({ arrivals: 11488, errors: 0, wasted: 6345, utilization: null })).toEqual({
      level: 'bad',
      text: 'bad · 0% errors · 55% wasted',
    });
    expect(serviceHealth({ arrivals: 100, errors: 0, wasted: 0, utilization: 0.97 }).level).toBe(
      'bad',
    );
  });

  it('is idle without arrivals', () => {
    expect(serviceHealth({ arrivals: 0, errors: 0, wasted: 0, utilization: 0 }).level).toBe('idle');
  });
});

describe('health of a client', () => {
  it('judges the share of answered requests that failed', () => {
    expect(clientHealth({ requests: 100, succeeded: 100, failed: 0 })).toEqual({
      level: 'ok',
      text: 'ok · 0% failed',
    });
    expect(clientHealth({ requests: 100, succeeded: 97, failed: 3 }).level).toBe('warn');
    expect(clientHealth({ requests: 100, succeeded: 10, failed: 90 })).toEqual({
      level: 'bad',
      text: 'bad · 90% failed',
    });
    expect(clientHealth({ requests: 5, succeeded: 0, failed: 0 }).level).toBe('idle');
  });

  it('never rounds a small share down to 0%', () => {
    expect(percent(0.001)).toBe('<1%');
    expect(percent(0)).toBe('0%');
    expect(percent(0.555)).toBe('56%');
  });
});
