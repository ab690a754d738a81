// Test page: exposes `runInWorker(scenario)` which runs the engine in a module Web Worker and
// resolves with the serialised result.
const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
let pending: ((json: string) => void) | null = null;
worker.onmessage = (event: MessageEvent<string>) => pending?.(event.data);

(window as unknown as { runInWorker: (scenario: unknown) => Promise<string> }).runInWorker = (
  scenario,
) =>
  new Promise((resolve) => {
    pending = resolve;
    worker.postMessage(scenario);
  });
