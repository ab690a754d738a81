// `npm start`: install what is missing, build what is stale, then serve the app.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, install, needsInstall, root } from './lib/build.mjs';

try {
  if (needsInstall()) install();
  build('server');
  build('web');
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
// Run `stafflab start` in this process, so Ctrl+C and SIGTERM reach the server directly.
process.argv = [process.argv[0], join(root, 'dist', 'cli', 'main.cjs'), 'start'];
await import(pathToFileURL(join(root, 'dist', 'cli', 'main.cjs')).href);
