// Loads the `stafflab sim` command. The build (scripts/lib/bundle-sim.mjs) bundles sim.ts with
// the engine, yaml and zod into one script, sim.cjs beside this file, and saves V8's code cache
// for it, sim.cjs.cache, taken after validating every example scenario so that it holds the
// bytecode of the YAML parser, the schema and the command. Loading through the cache skips
// parsing and compiling half a megabyte of JavaScript (bench/README.md, the fifth round).
// The cache is used only for the very text it was taken from: V8 itself checks no more than
// the text's length, so the build records the text's SHA-256 beside it (sim.cjs.cache.sha256).
// A cache that does not fit (another text, another V8 version or flags) is ignored and the
// script compiled as usual; without the bundle (a build that stopped after tsc) tsc's sim.js
// is imported.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type * as SimModule from './sim.js';

type SimCommands = typeof SimModule;

const bundle = fileURLToPath(new URL('./sim.cjs', import.meta.url));
const cache = `${bundle}.cache`;
const cacheSource = `${cache}.sha256`;

/** How the bundle was compiled: from the code cache, or not (and why). */
export type CodeCacheState = 'accepted' | 'rejected' | 'stale' | 'missing' | 'no-bundle';
export let codeCacheState: CodeCacheState = 'no-bundle';

function readBundle(): { text: string; sha256: string } {
  const text = readFileSync(bundle, 'utf8');
  return { text, sha256: createHash('sha256').update(text).digest('hex') };
}

function compileBundle(
  text: string,
  cachedData: Buffer | undefined,
): { commands: SimCommands; script: Script } {
  // CommonJS's own wrapper, strict as the ES modules the bundle was made from.
  const source = `(function (exports, require, module, __filename, __dirname) {'use strict';${text}\n})`;
  const script = new Script(source, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as SimCommands };
  const load = script.runInThisContext() as (...args: unknown[]) => void;
  load(
    module.exports,
    createRequire(bundle),
    module,
    bundle,
    fileURLToPath(new URL('.', import.meta.url)),
  );
  return { commands: module.exports, script };
}

export async function loadSimCommands(): Promise<SimCommands> {
  if (!existsSync(bundle)) return import('./sim.js');
  const { text, sha256 } = readBundle();
  let cachedData: Buffer | undefined;
  codeCacheState = 'missing';
  if (existsSync(cache) && existsSync(cacheSource)) {
    if (readFileSync(cacheSource, 'utf8').trim() === sha256) cachedData = readFileSync(cache);
    else codeCacheState = 'stale';
  }
  const { commands, script } = compileBundle(text, cachedData);
  if (cachedData) codeCacheState = script.cachedDataRejected ? 'rejected' : 'accepted';
  return commands;
}

/**
 * Writes sim.cjs.cache and the SHA-256 of the text it belongs to: compiles the bundle afresh,
 * runs `exercise` with its commands (so that the functions they call are compiled too), and
 * saves the cache. Called by the build, in a process of its own whose output is discarded.
 */
export function writeSimCodeCache(exercise: (commands: SimCommands) => void): number {
  const { text, sha256 } = readBundle();
  const { commands, script } = compileBundle(text, undefined);
  exercise(commands);
  const data = script.createCachedData();
  writeFileSync(cache, data);
  writeFileSync(cacheSource, `${sha256}\n`);
  return data.length;
}
