// Loads the `stafflab sim` command. The build (scripts/lib/bundle-cli.mjs) bundles sim.ts with
// the engine, yaml and zod into one script, sim.cjs beside this file, and saves V8's code cache
// for it, sim.cjs.cache, taken after validating every example scenario so that it holds the
// bytecode of the YAML parser, the schema and the command. Loading through the cache skips
// parsing and compiling half a megabyte of JavaScript (bench/README.md, the fifth round).
// The cache is used only for the very text it was taken from: V8 itself checks no more than
// the text's length, so the build records the text's SHA-256 beside it (sim.cjs.cache.sha256).
// A cache that does not fit (another text, another V8 version or flags) is ignored and the
// script compiled as usual; without the bundle (run from the sources, or a build that stopped
// after tsc) the command's module, sim.js beside the bundle's place, is imported.
// The build also bundles this file into the CommonJS dist/cli/main.cjs, so it is told where the
// bundle is rather than finding it beside itself.
import { createHash } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type * as SimModule from './sim.js';

type SimCommands = typeof SimModule;

/** How the bundle was compiled: from the code cache, or not (and why). */
export type CodeCacheState = 'accepted' | 'rejected' | 'stale' | 'missing' | 'no-bundle';
export let codeCacheState: CodeCacheState = 'no-bundle';

const besideThisFile = new URL('./sim.cjs', import.meta.url);

function readBundle(bundle: string): { text: string; sha256: string } {
  // Hashed as the bytes on disk. The build writes the bundle in ASCII, which decodes straight
  // into a one-byte string; UTF-8 stays correct for a bundle written otherwise.
  const bytes = readFileSync(bundle);
  const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  return { text, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function compileBundle(
  bundle: string,
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
  load(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { commands: module.exports, script };
}

/** The `sim` commands from the bundle at `bundleUrl` (default: sim.cjs beside this file). */
export async function loadSimCommands(bundleUrl: URL = besideThisFile): Promise<SimCommands> {
  const bundle = fileURLToPath(bundleUrl);
  if (!existsSync(bundle))
    return (await import(new URL('./sim.js', bundleUrl).href)) as SimCommands;
  const cache = `${bundle}.cache`;
  const { text, sha256 } = readBundle(bundle);
  let cachedData: Buffer | undefined;
  codeCacheState = 'missing';
  if (existsSync(cache) && existsSync(`${cache}.sha256`)) {
    if (readFileSync(`${cache}.sha256`, 'utf8').trim() === sha256) cachedData = readFileSync(cache);
    else codeCacheState = 'stale';
  }
  const { commands, script } = compileBundle(bundle, text, cachedData);
  if (cachedData) codeCacheState = script.cachedDataRejected ? 'rejected' : 'accepted';
  return commands;
}

/**
 * Writes sim.cjs.cache and the SHA-256 of the text it belongs to, beside this file: compiles
 * the bundle afresh, runs `exercise` with its commands (so that the functions they call are
 * compiled too), and saves the cache. Called by the build, in a process of its own whose
 * output is discarded.
 */
export function writeSimCodeCache(exercise: (commands: SimCommands) => void): number {
  const bundle = fileURLToPath(besideThisFile);
  const { text, sha256 } = readBundle(bundle);
  const { commands, script } = compileBundle(bundle, text, undefined);
  exercise(commands);
  const data = script.createCachedData();
  writeFileSync(`${bundle}.cache`, data);
  writeFileSync(`${bundle}.cache.sha256`, `${sha256}\n`);
  return data.length;
}
