// Reads and writes one place in a plain scenario object by a path such as
// `services[name=api].calls[service=db].timeout`. Selecting list items by a field keeps lab
// files readable and robust to reordering; `[n]` is there for lists without names.

export type PathStep =
  | { kind: 'key'; key: string }
  | { kind: 'index'; index: number }
  | { kind: 'match'; field: string; value: string };

const stepPattern = /\.?([A-Za-z_]\w*)|\[(\d+)\]|\[([A-Za-z_]\w*)=([\w.-]+)\]/y;

/** Parses a path; returns a message instead when it is malformed. */
export function parseScenarioPath(path: string): PathStep[] | string {
  const steps: PathStep[] = [];
  stepPattern.lastIndex = 0;
  while (stepPattern.lastIndex < path.length) {
    const at = stepPattern.lastIndex;
    const m = stepPattern.exec(path);
    if (!m) return `cannot read the path "${path}" at character ${at + 1}`;
    if (m[1] !== undefined) steps.push({ kind: 'key', key: m[1] });
    else if (m[2] !== undefined) steps.push({ kind: 'index', index: Number(m[2]) });
    else steps.push({ kind: 'match', field: m[3]!, value: m[4]! });
  }
  return steps;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function describe(steps: readonly PathStep[], upTo: number): string {
  let out = '';
  for (const step of steps.slice(0, upTo)) {
    if (step.kind === 'key') out += out === '' ? step.key : `.${step.key}`;
    else if (step.kind === 'index') out += `[${step.index}]`;
    else out += `[${step.field}=${step.value}]`;
  }
  return out || '(the scenario)';
}

/** Finds the list index a step names, or a message saying why it names none. */
function indexIn(list: unknown[], step: PathStep, steps: PathStep[], i: number): number | string {
  if (step.kind === 'index') {
    return step.index < list.length
      ? step.index
      : `${describe(steps, i)} has ${list.length} item(s); there is no [${step.index}]`;
  }
  if (step.kind === 'match') {
    const found = list.findIndex(
      (item) => isRecord(item) && String(item[step.field]) === step.value,
    );
    return found >= 0
      ? found
      : `${describe(steps, i)} has no item with ${step.field} = "${step.value}"`;
  }
  return `${describe(steps, i)} is a list: pick an item with [n] or [field=value], not ".${step.key}"`;
}

/**
 * The value at a path, or `{ missing }` saying which step found nothing. A missing last key is
 * `undefined` (a field left to its default), not an error.
 */
export function getAtPath(root: unknown, path: string): { value: unknown } | { missing: string } {
  const steps = parseScenarioPath(path);
  if (typeof steps === 'string') return { missing: steps };
  let node: unknown = root;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (Array.isArray(node)) {
      const index = indexIn(node, step, steps, i);
      if (typeof index === 'string') return { missing: index };
      node = node[index];
    } else if (isRecord(node) && step.kind === 'key') {
      if (!(step.key in node)) {
        return i === steps.length - 1
          ? { value: undefined }
          : { missing: `${describe(steps, i + 1)} is not set in the scenario` };
      }
      node = node[step.key];
    } else {
      return { missing: `${describe(steps, i)} is not a list or an object` };
    }
  }
  return { value: node };
}

/**
 * Returns a copy of `root` with the value at `path` replaced (`undefined` removes the field).
 * Objects on the way that do not exist yet are created, so a knob can switch a policy on.
 * Throws an Error with a readable message when the path names nothing.
 */
export function setAtPath<T>(root: T, path: string, value: unknown): T {
  const steps = parseScenarioPath(path);
  if (typeof steps === 'string') throw new Error(steps);
  const write = (node: unknown, i: number): unknown => {
    const step = steps[i]!;
    const last = i === steps.length - 1;
    if (Array.isArray(node)) {
      const index = indexIn(node, step, steps, i);
      if (typeof index === 'string') throw new Error(index);
      const copy = node.slice();
      copy[index] = last ? value : write(node[index], i + 1);
      return copy;
    }
    if (node === undefined && step.kind === 'key') node = {};
    if (!isRecord(node) || step.kind !== 'key') {
      throw new Error(`${describe(steps, i)} is not a list or an object`);
    }
    const copy: Record<string, unknown> = { ...node };
    const next = last ? value : write(node[step.key], i + 1);
    if (next === undefined) delete copy[step.key];
    else copy[step.key] = next;
    return copy;
  };
  return write(root, 0) as T;
}
