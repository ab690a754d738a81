// A small lab for the unit tests of the page's helpers: one range knob, one options knob with
// numeric values, one with words, a diagnosis variant.
import { labSchema, type Lab, type LabInput } from '../../../curriculum/schema/lab.js';

export const testLabInput: LabInput = {
  id: 'test-lab',
  title: 'Test lab',
  topic: 'retry-strategy',
  brief: 'First paragraph.\n\nSecond paragraph.',
  scenario: {
    name: 'test',
    seed: 3,
    duration: '20s',
    clients: [{ name: 'users', target: 'api', arrival: { kind: 'poisson', rate: 20 } }],
    services: [
      {
        name: 'api',
        serviceTime: { kind: 'constant', value: '10ms' },
        calls: [{ service: 'db' }],
      },
      { name: 'db', serviceTime: { kind: 'constant', value: '5ms' } },
    ],
    faults: [{ at: '5s', until: '8s', target: 'db', kind: 'latency', add: '200ms' }],
  },
  knobs: [
    {
      id: 'spike',
      label: 'Spike',
      help: 'How big.',
      path: 'clients[name=users].arrival.rate',
      range: { min: 1, max: 3, step: 0.25 },
      unit: 'x',
    },
    {
      id: 'budget',
      label: 'Budget',
      help: 'Share.',
      path: 'clients[name=users].retry',
      options: [
        { value: 0, label: 'None', set: null },
        { value: 0.1, label: '10%', set: { maxAttempts: 2, budget: { ratio: 0.1 } } },
      ],
    },
    {
      id: 'backoff',
      label: 'Backoff',
      help: 'Kind.',
      path: 'clients[name=users].timeout',
      options: [
        { value: 'none', label: 'None', set: null },
        { value: 'full-jitter', label: 'Full jitter', set: '1s' },
      ],
    },
  ],
  charts: [
    {
      kind: 'series',
      title: 'Users',
      unit: 'req/s',
      lines: [
        { source: 'users.succeeded', label: 'succeeded' },
        { source: 'api.inFlight', label: 'in flight' },
      ],
    },
  ],
  challenge: {
    goal: 'Succeed.',
    conditions: [{ metric: 'successRatio', scope: 'users', op: '>=', target: 0.99 }],
  },
  baseline: { spike: 2, budget: 0, backoff: 'none' },
  solution: { budget: 0.1 },
  notice: ['Something.'],
  questions: ['One?', 'Two?'],
};

export const testLab: Lab = labSchema.parse(testLabInput);

export const diagnosisLab: Lab = labSchema.parse({
  ...testLabInput,
  challenge: {
    kind: 'diagnosis',
    goal: 'Find it.',
    question: 'Which one?',
    candidates: [
      {
        id: 'db',
        label: 'The db',
        edits: [{ path: 'faults[0].target', value: 'db' }],
        explanation: 'x',
      },
      {
        id: 'api',
        label: 'The api',
        edits: [{ path: 'faults[0].target', value: 'api' }],
        explanation: 'y',
      },
      {
        id: 'users',
        label: 'Users',
        edits: [{ path: 'faults[0].kind', value: 'errors' }],
        explanation: 'z',
      },
    ],
  },
});
