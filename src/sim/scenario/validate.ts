// Validation a user can act on: the zod schema checks shapes, then the checks look across
// fields: names that must exist and call cycles (reference-checks.ts), values and time windows
// (value-checks.ts), and how features fit together (feature-checks.ts).
import type { z } from 'zod';
import { checkFeatures } from './feature-checks.js';
import { checkReferences } from './reference-checks.js';
import { scenarioSchema, type Scenario } from './schema.js';
import { checkValues } from './value-checks.js';

export interface ScenarioIssue {
  path: (string | number)[];
  message: string;
}

export type ValidationResult =
  { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

export function validateScenario(value: unknown): ValidationResult {
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.flatMap(fromZod) };
  const issues = [
    ...checkReferences(parsed.data),
    ...checkValues(parsed.data),
    ...checkFeatures(parsed.data),
  ];
  return issues.length === 0 ? { ok: true, scenario: parsed.data } : { ok: false, issues };
}

function fromZod(issue: z.core.$ZodIssue): ScenarioIssue[] {
  const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...path, key],
      message: `unknown field "${key}": check its spelling against docs/scenario-reference.md`,
    }));
  }
  return [{ path, message: issue.message }];
}
