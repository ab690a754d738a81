// `npm run bench:labs`: how long one run of each lab takes inside a warm process, with the
// knobs it opens with (baseline) and the solution's. The lab page re-runs on every knob move,
// so the target is 100 ms per run. A sweep chart costs one run per value on top.
// Prints figures only; the machine is shared, so read the minimum as the best estimate.
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, root } from '../scripts/lib/build.mjs';

const repeat = Number(process.env.BENCH_REPEAT ?? 7);
build('server', { quiet: true });
const load = async (path) => import(pathToFileURL(join(root, 'dist', ...path)).href);
const { loadContent } = await load(['curriculum', 'index.js']);
const { runLabVariant } = await load(['learning', 'index.js']);
const { readContentFiles } = await load(['server', 'content', 'read-content.js']);

const content = loadContent(readContentFiles(join(root, 'content'))).content;
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)] };
};

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load ${loadavg()[0].toFixed(1)}`,
);
console.log('lab                          variant    min ms  median ms  events');
let over = 0;
for (const lab of content.labs.values()) {
  for (const variant of ['baseline', 'solution']) {
    runLabVariant(lab, variant); // warm up
    const samples = [];
    let events = 0;
    for (let i = 0; i < repeat; i++) {
      const start = process.hrtime.bigint();
      events = runLabVariant(lab, variant).result.engine.events;
      samples.push(ms(start));
    }
    const { min, median } = stats(samples);
    if (min > 100) over++;
    console.log(
      `${lab.id.padEnd(28)} ${variant.padEnd(9)} ${min.toFixed(0).padStart(6)} ${median.toFixed(0).padStart(10)}  ${String(events).padStart(7)}`,
    );
  }
}
console.log(`${over} run(s) over the 100 ms target (by the minimum).`);
