// Bundles the `stafflab` command into two CommonJS scripts, so that it starts without Node's ES
// module loader, and saves V8's code cache for the larger one (bench/README.md, the fifth and
// sixth rounds):
//  - dist/cli/main.cjs, the package's `bin`: src/cli/main.ts with commander and
//    commands/sim-entry.ts. The other commands stay tsc's ES modules beside it
//    (dist/cli/commands/*.js), loaded by `import()` only when they run. Starting as CommonJS
//    saves the loader's set-up and the scan of commander's exports an ES import needs: 14 ms of
//    `sim validate` and 20 ms of `--help` on the CI machine kind.
//  - dist/cli/commands/sim.cjs, the `sim` command (src/cli/commands/sim.ts, the engine, yaml
//    and zod), with its code cache beside it (sim.cjs.cache, and the SHA-256 of the text it
//    belongs to in sim.cjs.cache.sha256). sim-entry.ts loads it through that cache: one
//    script instead of about 225 modules, and no parsing or compiling of it. It is written in
//    ASCII, without comments, so that it reads straight into a one-byte string.
// Run by build.mjs after tsc; the rest of dist/ stays tsc's output, one file per module.
// Vite's SSR build (Rolldown underneath) targets Node, and nothing is minified, so stack
// traces stay readable. Only a classic script can be compiled with a code cache in Node 20.
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, normalizePath } from 'vite';
import { root } from './build.mjs';

const cli = join(root, 'src', 'cli');
const outDir = join(root, 'dist', 'cli', 'commands');
const cacheFiles = ['sim.cjs.cache', 'sim.cjs.cache.sha256'].map((f) => join(outDir, f));
// No cache outlives the bundle it was taken for, even if this build stops half-way.
for (const file of cacheFiles) rmSync(file, { force: true });

/** One CommonJS script from `entry`: everything it imports, Node's own modules excepted. */
const bundle = (entry, outputDir, output, plugins = []) =>
  build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    ssr: { noExternal: true, target: 'node' },
    plugins,
    build: {
      ssr: entry,
      outDir: outputDir,
      emptyOutDir: false,
      sourcemap: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'cjs', codeSplitting: false, strict: true, ...output } },
    },
  });

await bundle(
  join(cli, 'main.ts'),
  join(root, 'dist', 'cli'),
  {
    entryFileNames: 'main.cjs',
    comments: false,
    // Commands other than `sim` stay apart, loaded as the ES modules tsc wrote.
    dynamicImportInCjs: true,
  },
  [
    {
      name: 'commands-stay-apart',
      enforce: 'pre',
      resolveId(source, importer) {
        // Module ids use forward slashes on every platform.
        const fromMain =
          importer !== undefined && normalizePath(importer) === normalizePath(join(cli, 'main.ts'));
        if (fromMain && /^\.\/commands\/(?!sim-entry\.js$)/.test(source))
          return { id: source, external: true };
        return null;
      },
    },
  ],
);

// Every command starts by loading main.cjs: a module that slipped into it (a new command imported
// another way, say) would slow them all, so the build stops instead.
const allowed = /^(node_modules\/commander\/|src\/cli\/(main|errors|commands\/sim-entry)\.ts$)/;
const strays = JSON.parse(readFileSync(join(root, 'dist', 'cli', 'main.cjs.map'), 'utf8'))
  .sources.map((source) => source.replace(/^(\.\.\/)+/, ''))
  .filter((source) => !allowed.test(source));
if (strays.length > 0) {
  throw new Error(
    `bundle-cli: dist/cli/main.cjs took in ${strays.join(', ')}; load commands with import('./commands/NAME.js') in src/cli/main.ts`,
  );
}

await bundle(join(cli, 'commands', 'sim.ts'), outDir, {
  entryFileNames: 'sim.cjs',
  charset: 'ascii',
  comments: false,
});
if (!isAscii(readFileSync(join(outDir, 'sim.cjs'))))
  console.warn('bundle-cli: sim.cjs is not ASCII; the command reads it as UTF-8, a little slower');

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
    `bundle-cli: could not write the sim command's code cache (${why}); the command works without it, only starts slower${said ? `\n${said}` : ''}`,
  );
}
