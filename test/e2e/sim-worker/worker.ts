// Runs a scenario with the engine exactly as Node does, and answers with its JSON.
import { runScenario, validateScenario } from '../../../src/sim/index.js';

self.onmessage = (event: MessageEvent<unknown>) => {
  const checked = validateScenario(event.data);
  self.postMessage(
    checked.ok
      ? JSON.stringify(runScenario(checked.scenario))
      : JSON.stringify({ issues: checked.issues }),
  );
};
