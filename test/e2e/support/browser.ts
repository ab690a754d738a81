// Debian's Chromium drives the browser tests. A test tool must never download a browser of
// its own. Without Chromium the browser tests are skipped — loudly, with the command that
// installs it — except in CI, where a missing browser is a failure.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

const candidates = [
  process.env.STAFFLAB_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter((p): p is string => Boolean(p));
export const chromiumPath = candidates.find((path) => existsSync(path)) ?? null;

if (!chromiumPath) {
  const message =
    '\n' +
    '  ┌──────────────────────────────────────────────────────────────────────┐\n' +
    '  │ BROWSER TESTS SKIPPED: Chromium was not found.                       │\n' +
    '  │ Install it with:  apt-get install -y chromium                        │\n' +
    '  │ (or set STAFFLAB_CHROMIUM to a Chromium binary), then run npm test.  │\n' +
    '  └──────────────────────────────────────────────────────────────────────┘\n';
  if (process.env.CI) throw new Error(`Chromium is required in CI.${message}`);
  process.stderr.write(message);
}

export const hasBrowser = chromiumPath !== null;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath!,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A page in a fresh context that records console errors (CSP violations land there) and page errors. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors, close: () => context.close() };
}
