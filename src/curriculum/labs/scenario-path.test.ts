import { describe, expect, it } from 'vitest';
import { getAtPath, parseScenarioPath, setAtPath } from './scenario-path.js';

const scenario = {
  clients: [{ name: 'users', target: 'api', retry: { maxAttempts: 3 } }],
  services: [
    { name: 'api', calls: [{ service: 'auth' }, { service: 'db', timeout: '300ms' }] },
    { name: 'db', concurrency: 16 },
  ],
};

describe('scenario paths', () => {
  it('parses keys, indexes and field selectors', () => {
    expect(parseScenarioPath('services[name=api].calls[1].timeout')).toEqual([
      { kind: 'key', key: 'services' },
      { kind: 'match', field: 'name', value: 'api' },
      { kind: 'key', key: 'calls' },
      { kind: 'index', index: 1 },
      { kind: 'key', key: 'timeout' },
    ]);
    expect(parseScenarioPath('services[name=api]..x')).toMatch(/at character 19/);
  });

  it('reads by name and by index, and says which step found nothing', () => {
    expect(getAtPath(scenario, 'services[name=api].calls[service=db].timeout')).toEqual({
      value: '300ms',
    });
    expect(getAtPath(scenario, 'clients[0].retry.maxAttempts')).toEqual({ value: 3 });
    // A missing last key is a default, not an error.
    expect(getAtPath(scenario, 'services[name=db].queue')).toEqual({ value: undefined });
    expect(getAtPath(scenario, 'services[name=cache].concurrency')).toEqual({
      missing: 'services has no item with name = "cache"',
    });
    expect(getAtPath(scenario, 'clients[3].timeout')).toEqual({
      missing: 'clients has 1 item(s); there is no [3]',
    });
  });

  it('writes a copy, creating objects on the way and leaving the original alone', () => {
    const next = setAtPath(scenario, 'clients[name=users].retry.budget.ratio', 0.1);
    expect(next.clients[0]).toEqual({
      name: 'users',
      target: 'api',
      retry: { maxAttempts: 3, budget: { ratio: 0.1 } },
    });
    expect(scenario.clients[0]!.retry).toEqual({ maxAttempts: 3 });
    // Untouched branches are shared, not copied.
    expect(next.services).toBe(scenario.services);
  });

  it('removes a field when the value is undefined', () => {
    const next = setAtPath(scenario, 'services[name=api].calls[service=db].timeout', undefined);
    expect(next.services[0]!.calls![1]).toEqual({ service: 'db' });
  });

  it('refuses paths that name nothing, with a readable message', () => {
    expect(() => setAtPath(scenario, 'services[name=nope].concurrency', 4)).toThrow(
      'services has no item with name = "nope"',
    );
    expect(() => setAtPath(scenario, 'clients.name', 'x')).toThrow(/is a list: pick an item/);
  });
});
