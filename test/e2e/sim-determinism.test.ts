// The engine is pure and seeded: the same scenario and seed give byte-identical JSON in Node
// and in a Web Worker in Chromium, where the labs run it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { runScenario, validateScenario } from '../../src/sim/index.js';
import { packageRoot } from '../../src/server/paths.js';
import { hasBrowser, launchBrowser, openPage } from './support/browser.js';

const scenarios = ['checkout.yaml', 'retry-collapse.yaml'];

describe.skipIf(!hasBrowser)('simulation determinism across Node and a browser worker', () => {
  let browser: Browser;
  let server: FastifyInstance;
  let url: string;
  mkdirSync(join(packageRoot, 'tmp'), { recursive: true });
  const outDir = mkdtempSync(join(packageRoot, 'tmp', 'e2e-sim-'));

  beforeAll(async () => {
    await build({
      root: join(packageRoot, 'test', 'e2e', 'sim-worker'),
      logLevel: 'error',
      configFile: false,
      build: { outDir, emptyOutDir: true },
    });
    server = Fastify();
    await server.register(fastifyStatic, { root: outDir });
    url = await server.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it.each(scenarios)('%s gives byte-identical JSON', async (name) => {
    const input = parse(
      readFileSync(join(packageRoot, 'content', 'scenarios', name), 'utf8'),
    ) as unknown;
    const checked = validateScenario(input);
    if (!checked.ok) throw new Error(`${name} is invalid: ${JSON.stringify(checked.issues)}`);
    const inNode = JSON.stringify(runScenario(checked.scenario));

    const { page, errors, close } = await openPage(browser);
    await page.goto(`${url}/index.html`);
    await page.waitForFunction(() => 'runInWorker' in window);
    const inBrowser = await page.evaluate(
      (scenario) =>
        (window as unknown as { runInWorker: (s: unknown) => Promise<string> }).runInWorker(
          scenario,
        ),
      input,
    );
    await close();

    expect(errors).toEqual([]);
    expect(inBrowser.length).toBe(inNode.length);
    expect(inBrowser === inNode).toBe(true);
  });
});
