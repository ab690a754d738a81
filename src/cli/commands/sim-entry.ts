// Loads the `stafflab sim` command. The build (scripts/lib/bundle-sim.mjs) bundles sim.ts with
// the engine, yaml and zod into one script, sim.cjs beside this file, and saves V8's code cache
// for it, sim.cjs.cache, taken after a validation and a short run so that it holds the bytecode
// of every function a command needs. Loading through the cache skips parsing and compiling
// half a megabyte of JavaScript: a third of the command's start-up (bench/README.md). A cache
// that does not fit this Node (another V8 version or flags) is ignored and the script compiled
// as usual; without the bundle (a build that stopped after tsc) tsc's sim.js is imported.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type * as SimModule from './sim.js';

type SimCommands = typeof SimModule;

const bundle = fileURLToPath(new URL('./sim.cjs', import.meta.url));
const cache = `${bundle}.cache`;

/** How the bundle was compiled: from the code cache, or not (and why). */
export type CodeCacheState = 'accepted' | 'rejected' | 'missing' | 'no-bundle';
export let codeCacheState: CodeCacheState = 'no-bundle';

function compileBundle(cachedData: Buffer | undefined): { commands: SimCommands; script: Script } {
  // CommonJS's own wrapper; the code cache is only valid for the very same text.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`;
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
  const cachedData = existsSync(cache) ? readFileSync(cache) : undefined;
  const { commands, script } = compileBundle(cachedData);
  codeCacheState = !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted';
  return commands;
}

/**
 * Writes sim.cjs.cache: compiles the bundle afresh, runs `exercise` with its commands (so
 * that the functions they call are compiled too), and saves the cache. Called by the build,
 * in a process of its own whose output is discarded.
 */
export function writeSimCodeCache(exercise: (commands: SimCommands) => void): number {
  const { commands, script } = compileBundle(undefined);
  exercise(commands);
  const data = script.createCachedData();
  writeFileSync(cache, data);
  return data.length;
}
