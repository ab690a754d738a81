// Knows whether the package is installed and built, and builds what is stale. Used by
// `npm start`, `npm run cli` and `npm run build`, so each builds only what changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const at = (...parts) => join(root, ...parts);

/** Newest modification time under the given files and folders (0 when none exist). */
function newest(paths, skip = () => false) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path) || skip(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);
const isTest = (path) => /\.test\.tsx?$/.test(path);

const targets = {
  server: {
    stamp: at('dist', '.server-built'),
    inputs: () =>
      newest(
        [
          at('src'),
          at('tsconfig.json'),
          at('tsconfig.build.json'),
          at('package-lock.json'),
          at('scripts', 'lib', 'bundle-cli.mjs'),
        ],
        (p) => isTest(p) || p === at('src', 'web'),
      ),
    commands: [
      [
        process.execPath,
        [at('node_modules', 'typescript', 'bin', 'tsc'), '-p', at('tsconfig.build.json')],
      ],
      // Then the command's entry and its `sim` command are bundled (bundle-cli.mjs).
      [process.execPath, [at('scripts', 'lib', 'bundle-cli.mjs')]],
    ],
  },
  web: {
    stamp: at('dist', '.web-built'),
    inputs: () =>
      newest(
        [
          at('src', 'web'),
          at('src', 'api'),
          at('src', 'curriculum'),
          // The lab page's worker bundles the engine and the lab checks.
          at('src', 'sim'),
          at('src', 'learning'),
          at('content'),
          at('vite.config.ts'),
          at('package-lock.json'),
        ],
        isTest,
      ),
    commands: [
      [
        process.execPath,
        [at('node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
      ],
    ],
  },
};

export function needsInstall() {
  const installed = at('node_modules', '.package-lock.json');
  return !existsSync(installed) || mtime(at('package-lock.json')) > mtime(installed);
}

export function install() {
  process.stderr.write('Installing dependencies (npm ci; the first time takes a few minutes)…\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm ci failed; see the messages above.');
}

export function isStale(name) {
  const target = targets[name];
  return mtime(target.stamp) === 0 || target.inputs() > mtime(target.stamp);
}

/** Builds one target ('server' or 'web'); `force` builds even when it looks fresh. */
export function build(name, { force = false, quiet = false } = {}) {
  const target = targets[name];
  if (!force && !isStale(name)) return;
  if (!quiet) process.stderr.write(`Building the ${name}…\n`);
  for (const [command, args] of target.commands) {
    const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0)
      throw new Error(`building the ${name} failed; see the messages above.`);
  }
  mkdirSync(dirname(target.stamp), { recursive: true });
  writeFileSync(target.stamp, new Date().toISOString() + '\n');
}
