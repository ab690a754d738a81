// Benchmark page: `timeInWorker(scenario, warm, runs)` runs the engine in a module Web Worker,
// as the lab page does, and resolves with the wall time of each timed run in milliseconds.
const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
let pending: ((times: number[]) => void) | null = null;
worker.onmessage = (event: MessageEvent<number[]>) => pending?.(event.data);

(
  window as unknown as {
    timeInWorker: (scenario: unknown, warm: number, runs: number) => Promise<number[]>;
  }
).timeInWorker = (scenario, warm, runs) =>
  new Promise((resolve) => {
    pending = resolve;
    worker.postMessage({ scenario, warm, runs });
  });
