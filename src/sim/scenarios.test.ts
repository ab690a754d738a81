// Every example under content/scenarios/ is valid and runs: users copy them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runScenario, validateScenario } from './index.js';

const dir = join(import.meta.dirname, '../../content/scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('example scenarios', () => {
  it('exist', () => expect(files.length).toBeGreaterThanOrEqual(4));
  for (const file of files) {
    it(`${file} validates and runs`, () => {
      const checked = validateScenario(parse(readFileSync(join(dir, file), 'utf8')));
      if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
      expect(checked.scenario.name).toBe(file.replace(/\.yaml$/, ''));
      const result = runScenario(checked.scenario);
      const clients = Object.values(result.summary.clients);
      expect(clients.every((c) => c.requests > 0)).toBe(true);
    });
  }
});
