// Where the package's own files are, whether we run from src/ (tests, tsx) or dist/ (built).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'stafflab'
    )
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the stafflab package root above ' + start);
    dir = parent;
  }
}

export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const defaultContentDir = join(packageRoot, 'content');
export const webRoot = join(packageRoot, 'dist', 'web');
export const packageVersion = (
  JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }
).version;
