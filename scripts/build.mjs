// `npm run build`: compile the server and CLI (tsc) and the web app (Vite).
import { build } from './lib/build.mjs';

try {
  build('server', { force: true });
  build('web', { force: true });
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
