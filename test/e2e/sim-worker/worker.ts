// Runs a scenario with the engine exactly as Node does. Asked with a scenario alone, it
// answers with the result's JSON; asked with `warm` and `runs` too, it runs the scenario
// `warm` times untimed and `runs` times timed, and answers with the times in milliseconds.
import { runScenario, validateScenario } from '../../../src/sim/index.js';

interface Request {
  scenario: unknown;
  warm?: number;
  runs?: number;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { scenario, warm = 0, runs } = event.data;
  const checked = validateScenario(scenario);
  if (!checked.ok) {
    self.postMessage(JSON.stringify({ issues: checked.issues }));
    return;
  }
  if (runs === undefined) {
    self.postMessage(JSON.stringify(runScenario(checked.scenario)));
    return;
  }
  for (let i = 0; i < warm; i++) runScenario(checked.scenario);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    runScenario(checked.scenario);
    times.push(performance.now() - started);
  }
  self.postMessage(times);
};
