// Runs a scenario `warm` times untimed, then `runs` times timed, and answers with the times.
import { runScenario, validateScenario } from '../../src/sim/index.js';

self.onmessage = (event: MessageEvent<{ scenario: unknown; warm: number; runs: number }>) => {
  const { scenario, warm, runs } = event.data;
  const checked = validateScenario(scenario);
  if (!checked.ok) throw new Error(`invalid scenario: ${JSON.stringify(checked.issues)}`);
  for (let i = 0; i < warm; i++) runScenario(checked.scenario);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    runScenario(checked.scenario);
    times.push(performance.now() - started);
  }
  self.postMessage(times);
};
