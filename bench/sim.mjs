// `npm run bench:sim`: wall time of the simulation engine on pinned scenarios.
//  - mm1.yaml: the whole `stafflab sim run bench/mm1.yaml --json` process, started as the
//    installed command runs (node on the package's bin), against the same model in SimPy 2.3
//    (bench/mm1_simpy.py) when Debian's python3-simpy is installed; prints the ratio.
//    Beside it, bench/mm1-floor.mjs: the same model as the smallest loop JavaScript can run,
//    whose process time bounds the ratio any engine in Node could reach on this machine.
//  - lab-reference.yaml: one run inside a warm process, the size of a lab: in Node, and in a
//    Web Worker in Chromium as the lab page runs it (the page of test/e2e/sim-worker/), when
//    Chromium is here.
// Prints figures only; the machine is shared, so read the minimum as the best estimate.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { build, root } from '../scripts/lib/build.mjs';

const repeat = Number(process.env.BENCH_REPEAT ?? 3);
const python = '/usr/bin/python3';

build('server', { quiet: true });
const bin = join(root, 'dist', 'cli', 'main.cjs');
const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1) };
};
const timeProcess = (command, args, env = process.env) => {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
};

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
);

// 1. M/M/1, one million customers, whole process. The Node processes run in the environment
// a user's shell gives them: when this one sets NODE_EXTRA_CA_CERTS (a sandbox that routes
// its traffic through a proxy does), Node reads that certificate bundle as it starts, before
// any of our code, so the timed processes run without it and the figure with it is printed
// beside them. SimPy's process is not affected either way.
const { NODE_EXTRA_CA_CERTS: extraCerts, ...userEnv } = process.env;
const hasSimPy =
  spawnSync(python, ['-c', 'import SimPy.Simulation'], { stdio: 'ignore' }).status === 0;
const simPyRuns = hasSimPy ? Math.max(1, Math.min(repeat, 2)) : 0;
const mm1 = [bin, 'sim', 'run', 'bench/mm1.yaml', '--json'];
const samples = { ours: [], withCerts: [], nodeAlone: [], startUp: [], floor: [], simPy: [] };
// The measurements take turns, round after round, rather than one after the other: a shared
// machine's speed drifts by tens of percent over a minute, and each figure should see the
// same stretches of it. SimPy's slow runs are spread over the rounds.
for (let round = 0; round < repeat; round++) {
  samples.ours.push(timeProcess(process.execPath, mm1, userEnv));
  if (extraCerts) samples.withCerts.push(timeProcess(process.execPath, mm1, process.env));
  // Where the process's time goes: Node's own start, then loading the CLI, the YAML parser,
  // zod and the engine and checking the scenario (`sim validate` does all that, and no run).
  samples.nodeAlone.push(timeProcess(process.execPath, ['-e', '0'], userEnv));
  samples.startUp.push(
    timeProcess(process.execPath, [bin, 'sim', 'validate', 'bench/mm1.yaml'], userEnv),
  );
  // The floor: the same model with no engine at all (bench/mm1-floor.mjs).
  samples.floor.push(timeProcess(process.execPath, [join('bench', 'mm1-floor.mjs')], userEnv));
  if (samples.simPy.length < simPyRuns && round % Math.ceil(repeat / simPyRuns) === 0)
    samples.simPy.push(timeProcess(python, [join('bench', 'mm1_simpy.py')]));
}
const o = stats(samples.ours);
console.log(
  `mm1 (1M customers) stafflab process: min ${o.min.toFixed(2)} s, median ${o.median.toFixed(2)} s over ${repeat} runs`,
);
const oursWithCerts = extraCerts ? stats(samples.withCerts).min : undefined;
if (oursWithCerts !== undefined) {
  console.log(
    `  (with this environment's NODE_EXTRA_CA_CERTS, which Node reads as it starts: min ${oursWithCerts.toFixed(2)} s)`,
  );
}
console.log(
  `  of which start-up (sim validate): ${stats(samples.startUp).min.toFixed(2)} s, Node alone: ${stats(samples.nodeAlone).min.toFixed(2)} s`,
);
const floor = stats(samples.floor).min;
console.log(
  `mm1 floor (bench/mm1-floor.mjs, the model as one bare loop in Node): ${floor.toFixed(2)} s`,
);
if (hasSimPy) {
  const t = stats(samples.simPy);
  console.log(
    `mm1 (1M customers) SimPy 2.3 process: min ${t.min.toFixed(2)} s over ${samples.simPy.length} run(s)`,
  );
  console.log(
    `mm1 ratio SimPy / stafflab (minimum times): ${(t.min / o.min).toFixed(1)}×  (target ≥ 20×)`,
  );
  if (oursWithCerts !== undefined)
    console.log(`  with NODE_EXTRA_CA_CERTS set: ${(t.min / oursWithCerts).toFixed(1)}×`);
  console.log(
    `  the bare loop's ratio, the most any engine in Node could show here: ${(t.min / floor).toFixed(1)}×`,
  );
} else {
  console.log(
    "mm1 SimPy comparison skipped: install Debian's python3-simpy (apt-get install -y python3-simpy).",
  );
}

// 2. A lab-sized run in a warm process.
const sim = await import(pathToFileURL(join(root, 'dist', 'sim', 'index.js')).href);
const checked = sim.validateScenario(
  parse(readFileSync(join(root, 'bench', 'lab-reference.yaml'), 'utf8')),
);
if (!checked.ok)
  throw new Error(`lab-reference.yaml is invalid: ${JSON.stringify(checked.issues)}`);
for (let i = 0; i < 3; i++) sim.runScenario(checked.scenario);
const runs = Array.from({ length: Math.max(5, repeat * 3) }, () => {
  const started = process.hrtime.bigint();
  sim.runScenario(checked.scenario);
  return Number(process.hrtime.bigint() - started) / 1e6;
});
const l = stats(runs);
console.log(
  `lab-reference (180 s at 300 req/s, 4 services) warm run: min ${l.min.toFixed(0)} ms, median ${l.median.toFixed(0)} ms, max ${l.max.toFixed(0)} ms over ${runs.length} runs  (target ≤ 100 ms)`,
);

// 3. The same run in a Web Worker in Chromium, as the lab page runs it.
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (chromium) {
  const inWorker = await timeInBrowserWorker(chromium, checked.scenario, Math.max(5, repeat * 3));
  const w = stats(inWorker);
  console.log(
    `lab-reference in a Web Worker in Chromium: min ${w.min.toFixed(0)} ms, median ${w.median.toFixed(0)} ms over ${inWorker.length} runs`,
  );
} else {
  console.log("lab-reference in Chromium skipped: install Debian's chromium.");
}

/** Builds test/e2e/sim-worker/ with Vite, serves it on loopback, times runs in its worker. */
async function timeInBrowserWorker(executablePath, scenario, runs) {
  const { build: viteBuild } = await import('vite');
  const { chromium: playwright } = await import('playwright-core');
  mkdirSync(join(root, 'tmp'), { recursive: true });
  const outDir = mkdtempSync(join(root, 'tmp', 'bench-browser-'));
  const types = { '.html': 'text/html', '.js': 'text/javascript' };
  const server = createServer((request, response) => {
    const path = request.url === '/' ? 'index.html' : (request.url ?? '').slice(1);
    const file = join(outDir, path);
    if (!file.startsWith(outDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'text/plain' });
    response.end(readFileSync(file));
  });
  let browser;
  try {
    await viteBuild({
      root: join(root, 'test', 'e2e', 'sim-worker'),
      configFile: false,
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
    browser = await playwright.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    // These two functions run in the page, where `globalThis` is its window.
    await page.waitForFunction(() => 'timeInWorker' in globalThis);
    return await page.evaluate(([s, n]) => globalThis.timeInWorker(s, 3, n), [scenario, runs]);
  } finally {
    await browser?.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
