// Bundles the `stafflab sim` command (src/cli/commands/sim.ts, the engine, yaml and zod) into
// one script, dist/cli/commands/sim.cjs, and saves V8's code cache for it beside it
// (sim.cjs.cache, with the SHA-256 of the text it belongs to in sim.cjs.cache.sha256).
// src/cli/commands/sim-entry.ts loads the bundle through that cache: one script instead of
// about 225 modules, and no parsing or compiling of it, which saves 18 ms of the command's
// start-up (bench/README.md, the fifth round).
// Run by build.mjs after tsc; the rest of dist/ stays tsc's output, one file per module.
// Vite's SSR build (Rolldown underneath) targets Node; nothing is left external but Node's
// own modules, and nothing is minified, so stack traces stay readable. The bundle is
// CommonJS because only a classic script can be compiled with a code cache in Node 20.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { root } from './build.mjs';

const outDir = join(root, 'dist', 'cli', 'commands');
const cacheFiles = ['sim.cjs.cache', 'sim.cjs.cache.sha256'].map((f) => join(outDir, f));
// No cache outlives the bundle it was taken for, even if this build stops half-way.
for (const file of cacheFiles) rmSync(file, { force: true });
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: join(root, 'src', 'cli', 'commands', 'sim.ts'),
    outDir,
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    target: 'node20',
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'sim.cjs' } },
  },
});

// The cache is taken in a process of its own, with Node's default flags (V8 refuses a cache
// made under other flags), after the commands have validated every example scenario, so that
// it holds the bytecode of the YAML parser, the schema and the command. It leaves out the
// engine's functions on purpose: with them in it, `sim run bench/mm1.yaml` measured slower
// rather than faster (a larger cache to deserialize, for functions that are soon optimized).
const scenarios = join(root, 'content', 'scenarios');
const files = readdirSync(scenarios)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join(scenarios, f));
// A scenario that fails validation still exercises the checks; its messages go nowhere and
// its exit status is not the build's. Without a cache the command works, only starts slower,
// so a failure here is a warning (and test/cli.test.ts checks that the cache is accepted).
const exercise = `
  const { writeSimCodeCache } = await import(${JSON.stringify(pathToFileURL(join(outDir, 'sim-entry.js')).href)});
  const files = ${JSON.stringify(files)};
  writeSimCodeCache((commands) => {
    for (const file of files) commands.validateSimCommand(file);
  });
  process.exitCode = 0;
`;
const cached = spawnSync(process.execPath, ['--input-type=module', '-e', exercise], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'ignore', 'pipe'],
  env: { ...process.env, NODE_OPTIONS: '' },
});
if (cached.status !== 0 || !cacheFiles.every((file) => existsSync(file))) {
  for (const file of cacheFiles) rmSync(file, { force: true });
  const why = cached.error
    ? cached.error.message
    : cached.signal
      ? `killed by ${cached.signal}`
      : `exit ${cached.status}`;
  const said = (cached.stderr ?? '').trim().split('\n').slice(-5).join('\n');
  console.warn(
    `bundle-sim: could not write the sim command's code cache (${why}); the command works without it, only starts slower${said ? `\n${said}` : ''}`,
  );
}
