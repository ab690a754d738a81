// Lesson rendering end to end, with a fixture lesson layered over the real content: the web
// app is built against it (as `npm run build` builds the real one), so MDX, the lesson
// components, figures and week notes are exercised before real lessons exist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { defaultContentDir, packageRoot } from '../../src/server/paths.js';
import { hasBrowser, launchBrowser, openPage } from './support/browser.js';
import { startTestServer } from './support/server.js';
import { seriousViolations } from './support/axe.js';

describe.skipIf(!hasBrowser)('a lesson page', () => {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };
  // Inside the package, so the compiled lessons resolve react and @mdx-js/react from node_modules.
  mkdirSync(join(packageRoot, 'tmp'), { recursive: true });
  const work = mkdtempSync(join(packageRoot, 'tmp', 'e2e-lesson-'));
  const contentDir = join(work, 'content');
  const webRoot = join(work, 'web');

  beforeAll(async () => {
    cpSync(defaultContentDir, contentDir, { recursive: true });
    cpSync(join(packageRoot, 'test', 'fixtures', 'lesson'), contentDir, { recursive: true });
    // One topic without its lesson, to see the "not written yet" state.
    for (const file of ['consistency-models.mdx', 'consistency-models.quiz.yaml']) {
      rmSync(join(contentDir, 'weeks', '03-consistency-availability', file), { force: true });
    }
    execFileSync(
      process.execPath,
      [join(packageRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'],
      {
        cwd: packageRoot,
        env: { ...process.env, STAFFLAB_CONTENT_DIR: contentDir, STAFFLAB_WEB_OUT_DIR: webRoot },
        stdio: 'inherit',
      },
    );
    server = await startTestServer({ contentDir, webRoot });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('renders the MDX body with its components, objectives, references and check', async () => {
    const { page, errors, close } = await openPage(browser);
    await page.goto(`${server.url}/topics/retry-strategy`);
    await expect
      .poll(() => page.locator('main h1').textContent())
      .toBe('Fixture: timeouts, backoff and jitter');
    await page.locator('.prose h2').first().waitFor();
    expect(await page.locator('.prose h2').first().textContent()).toBe('The idea');
    expect(await page.locator('.objectives li').count()).toBe(3);
    expect(await page.locator('.callout-number .callout-label').textContent()).toBe(
      'By the numbers',
    );
    expect(await page.locator('.callout-number').textContent()).toContain('3⁵ = 243');
    expect(await page.locator('.lab-card-title').textContent()).toBe('Backoff and jitter');
    // GitHub-flavoured Markdown tables render as tables.
    expect(await page.locator('.prose table tbody tr').count()).toBe(2);
    expect(await page.locator('.prose table tbody tr').nth(1).textContent()).toBe('53243');
    expect(await page.locator('.references li').count()).toBe(1);
    const check = (await page.locator('.check-box').textContent())!;
    expect(check).toContain('1 question; pass with 75%');
    expect(check).toContain("the lesson's review card joins your deck once you have read it");
    // The fixture's one question, with both its choices to pick from.
    expect(check).toContain(
      'Five layers each make up to 3 attempts. How many calls reach the bottom?',
    );
    expect(await page.locator('.check-box input[type=radio]').count()).toBe(2);
    expect(await page.locator('.lesson-meta').textContent()).toContain('About 50 minutes');
    const figure = page.locator('.figure img');
    expect(await figure.getAttribute('alt')).toBe(
      'Bars of retry arrivals, clustered at the same instants',
    );
    await expect
      .poll(() => figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    expect(await page.locator('.not-written').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('follows an internal lesson link inside the app, without a page load', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(`${server.url}/topics/retry-strategy`);
    await page.locator('.prose').getByRole('link', { name: 'previous topic' }).waitFor();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.locator('.prose').getByRole('link', { name: 'previous topic' }).click();
    await page.waitForURL('**/topics/failure-behavior');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await close();
  });

  it('says clearly when a lesson is not written yet', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(`${server.url}/topics/consistency-models`);
    await page.locator('.not-written h2').waitFor();
    expect(await page.locator('.not-written h2').textContent()).toBe(
      'This lesson is not written yet',
    );
    expect(await page.locator('.practice-box').textContent()).toContain('Quorums and stale reads');
    await page.goto(`${server.url}/weeks/3`);
    await page.locator('.week-topic').first().waitFor();
    expect(await page.locator('.week-topic').first().textContent()).toContain(
      'Lesson not written yet',
    );
    await close();
  });

  it("shows the week's notes on the week page", async () => {
    const { page, close } = await openPage(browser, { colorScheme: 'dark' });
    await page.goto(`${server.url}/weeks/4`);
    await page.locator('.week-notes h2').waitFor();
    expect(await page.locator('.week-notes').textContent()).toContain('Fixture week notes');
    // The fixture lesson is the week's second topic; the page says it is ready.
    expect(await page.locator('.week-topic').nth(1).textContent()).toContain('Lesson ready');
    await close();
  });
});
