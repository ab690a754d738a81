// A page that runs the engine in a module Web Worker, as the lab page does. It exposes
// `runInWorker(scenario)`, which resolves with the serialised result (the determinism test),
// and `timeInWorker(scenario, warm, runs)`, which resolves with the wall time of each timed
// run in milliseconds (`npm run bench:sim`).
const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
let pending: ((answer: unknown) => void) | null = null;
worker.onmessage = (event: MessageEvent<unknown>) => pending?.(event.data);

const ask = (message: unknown): Promise<unknown> =>
  new Promise((resolve) => {
    pending = resolve;
    worker.postMessage(message);
  });

Object.assign(window, {
  runInWorker: (scenario: unknown) => ask({ scenario }),
  timeInWorker: (scenario: unknown, warm: number, runs: number) => ask({ scenario, warm, runs }),
});
