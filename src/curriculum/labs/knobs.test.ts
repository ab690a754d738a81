import { describe, expect, it } from 'vitest';
import { labSchema, type LabInput } from '../schema/lab.js';
import {
  applyKnobs,
  knobValueProblem,
  parseKnobValue,
  resolveKnobs,
  scenarioValue,
} from './knobs.js';

const input: LabInput = {
  id: 'demo',
  title: 'Demo',
  topic: 'retry-strategy',
  brief: 'A demo lab.',
  scenario: {
    name: 'demo',
    duration: '10s',
    clients: [{ name: 'users', target: 'api', arrival: { rate: 10 }, timeout: '1s' }],
    services: [
      { name: 'api', serviceTime: { kind: 'constant', value: '10ms' }, calls: [{ service: 'db' }] },
      { name: 'db', serviceTime: { kind: 'constant', value: '5ms' } },
    ],
  },
  knobs: [
    {
      id: 'timeout',
      label: 'Timeout',
      help: 'Per attempt.',
      path: ['clients[name=users].timeout', 'services[name=api].calls[service=db].timeout'],
      range: { min: 100, max: 2000, step: 100 },
      unit: 'ms',
    },
    {
      id: 'budget',
      label: 'Budget',
      help: 'Retry budget.',
      path: 'clients[name=users].retry',
      options: [
        { value: 'off', label: 'Off', set: null },
        { value: 'on', label: 'On', set: { maxAttempts: 2, budget: { ratio: 0.1 } } },
      ],
    },
    {
      id: 'share',
      label: 'Write share',
      help: 'Share of writes.',
      path: 'clients[name=users].writes',
      range: { min: 0, max: 100, step: 5 },
      unit: '%',
    },
  ],
  charts: [
    {
      kind: 'series',
      title: 'x',
      unit: 'req/s',
      lines: [{ source: 'users.succeeded', label: 'ok' }],
    },
  ],
  challenge: { goal: 'x', conditions: [{ metric: 'p99', scope: 'users', op: '<=', target: 1 }] },
  baseline: { timeout: 1000, budget: 'off', share: 0 },
  solution: { budget: 'on' },
  notice: ['x'],
  questions: ['a', 'b'],
};
const lab = labSchema.parse(input);
const [timeout, budget, share] = lab.knobs as [
  (typeof lab.knobs)[0],
  (typeof lab.knobs)[0],
  (typeof lab.knobs)[0],
];

describe('knobs', () => {
  it('writes durations for ms knobs, shares for % knobs and set values for options', () => {
    expect(scenarioValue(timeout, 250)).toBe('250ms');
    expect(scenarioValue(share, 35)).toBe(0.35);
    expect(scenarioValue(budget, 'off')).toBeUndefined();
    expect(scenarioValue(budget, 'on')).toEqual({ maxAttempts: 2, budget: { ratio: 0.1 } });
  });

  it('writes one value at every path of a knob', () => {
    const scenario = applyKnobs(lab, {
      timeout: 300,
      budget: 'on',
      share: 0,
    }) as typeof input.scenario & {
      clients: { timeout: string; retry: unknown }[];
      services: { calls?: { timeout?: string }[] }[];
    };
    expect(scenario.clients[0]!.timeout).toBe('300ms');
    expect(scenario.services[0]!.calls![0]!.timeout).toBe('300ms');
    expect(scenario.clients[0]!.retry).toEqual({ maxAttempts: 2, budget: { ratio: 0.1 } });
  });

  it('applies removals last, so switching a policy off wins over a knob inside it', () => {
    const withBase = labSchema.parse({
      ...input,
      knobs: [
        { ...input.knobs![1], path: 'clients[name=users].retry' },
        {
          id: 'attempts',
          label: 'Attempts',
          help: 'Inside the retry policy.',
          path: 'clients[name=users].retry.maxAttempts',
          range: { min: 1, max: 5, step: 1 },
        },
      ],
      baseline: { budget: 'off', attempts: 3 },
      solution: { budget: 'on' },
    });
    const off = applyKnobs(withBase, { budget: 'off', attempts: 3 }) as {
      clients: Record<string, unknown>[];
    };
    expect(off.clients[0]).not.toHaveProperty('retry');
    const on = applyKnobs(withBase, { budget: 'on', attempts: 4 }) as {
      clients: { retry: unknown }[];
    };
    expect(on.clients[0]!.retry).toEqual({ maxAttempts: 4, budget: { ratio: 0.1 } });
  });

  it('reports values out of range, unknown options and unknown knobs', () => {
    expect(knobValueProblem(timeout, 50)).toBe('"timeout" must be from 100 to 2000 ms, not 50');
    expect(knobValueProblem(timeout, Number.NaN)).toMatch(/is a number from 100 to 2000/);
    expect(knobValueProblem(budget, 'maybe')).toBe('"budget" is one of "off", "on", not "maybe"');
    expect(knobValueProblem(budget, 'on')).toBeNull();
    const resolved = resolveKnobs(lab, { timeout: 5000, jitter: 'full' });
    expect(resolved.problems).toEqual([
      '"timeout" must be from 100 to 2000 ms, not 5000',
      'lab "demo" has no knob "jitter"; its knobs are timeout, budget, share',
    ]);
    // Bad values leave the baseline in place.
    expect(resolved.values).toEqual({ timeout: 1000, budget: 'off', share: 0 });
  });

  it('parses text from URLs and --set into the knob’s type', () => {
    expect(parseKnobValue(timeout, '250')).toBe(250);
    expect(parseKnobValue(timeout, '')).toBeNaN();
    expect(parseKnobValue(budget, 'on')).toBe('on');
    const flag = {
      ...budget,
      options: [
        { value: true, label: 'y' },
        { value: false, label: 'n' },
      ],
    };
    expect(parseKnobValue(flag, 'false')).toBe(false);
  });
});
