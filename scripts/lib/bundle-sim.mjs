// Bundles the `stafflab sim` command (src/cli/commands/sim.ts, the engine, yaml and zod) into
// one file, replacing what tsc emitted for it at dist/cli/commands/sim.js. Node then loads
// one module instead of about 225, which halves the command's start-up (bench/README.md).
// Run by build.mjs after tsc; the rest of dist/ stays tsc's output, one file per module.
// Vite's SSR build (Rolldown underneath) targets Node; nothing is left external but Node's
// own modules, and nothing is minified, so stack traces stay readable.
import { join } from 'node:path';
import { build } from 'vite';
import { root } from './build.mjs';

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: join(root, 'src', 'cli', 'commands', 'sim.ts'),
    outDir: join(root, 'dist', 'cli', 'commands'),
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    target: 'node20',
    rollupOptions: { output: { format: 'es', entryFileNames: 'sim.js' } },
  },
});
