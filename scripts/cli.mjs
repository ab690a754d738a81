// `npm run --silent cli -- ARGS`: the stafflab command in a checkout. Builds the compiled CLI
// on first use (and after a source change), then runs it in this process.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, needsInstall, root } from './lib/build.mjs';

try {
  if (needsInstall()) {
    process.stderr.write('Dependencies are not installed: run `npm ci` first.\n');
    process.exit(2);
  }
  build('server', { quiet: false });
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
await import(pathToFileURL(join(root, 'dist', 'cli', 'main.cjs')).href);
