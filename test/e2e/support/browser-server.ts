// What most browser suites start with: the built web app served by the real server on the real
// content, one Chromium for the suite, and a learner who signs up through the page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defaultContentDir, packageRoot } from '../../../src/server/paths.js';
import { launchBrowser } from './browser.js';
import { startTestServer } from './server.js';

const webRoot = join(packageRoot, 'dist', 'web');

export interface BrowserServer {
  /** The server's address, like `http://127.0.0.1:4321`. */
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Starts the server and the browser before the suite's tests and stops both after them. Call it
 * at the top of a `describe`; read `url` and `browser` inside hooks and tests (not while the
 * suite is being collected: nothing has started then). A `beforeAll` registered after this call
 * runs after the start, so it can already ask the server.
 */
export function useBrowserServer(): BrowserServer {
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    // Without the build the server answers 404 for every page; say what to do instead.
    if (!existsSync(join(webRoot, 'index.html')))
      throw new Error(
        'dist/web is missing: run `npm run build` before the browser tests (npm test does).',
      );
    server = await startTestServer({ contentDir: defaultContentDir, webRoot });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('useBrowserServer: the server has not started yet');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('useBrowserServer: the browser has not started yet');
      return browser;
    },
  };
}

/**
 * Creates an account through the sign-up page and waits until the top bar shows the learner
 * signed in. The first account on a server is the admin.
 */
export async function signUpInBrowser(
  page: Page,
  url: string,
  learner: { name: string; email: string; password: string },
): Promise<void> {
  await page.goto(`${url}/signup`);
  await page.getByLabel('Name', { exact: true }).fill(learner.name);
  await page.getByLabel('Email', { exact: true }).fill(learner.email);
  await page.getByLabel('Password', { exact: true }).fill(learner.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.locator('.topbar').getByRole('link', { name: learner.name }).waitFor();
}
