// Searching the lessons from the top bar, by keyboard: `/` focuses the box, the results list
// follows the combobox pattern, Enter opens a result at its section; and the results page.
import { describe, expect, it } from 'vitest';
import { hasBrowser, openPage } from './support/browser.js';
import { useBrowserServer } from './support/browser-server.js';
import { seriousViolations } from './support/axe.js';

describe.skipIf(!hasBrowser)('lesson search in the browser', () => {
  const server = useBrowserServer();

  it('finds the retry lesson for "jitter" and opens it at the section, all by keyboard', async () => {
    const { page, errors, close } = await openPage(server.browser);
    await page.goto(server.url);
    await page.locator('main h1').waitFor();
    // MiniSearch is not part of the first page: it loads when search is first used.
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect(loaded.some((name) => name.includes('/search/documents'))).toBe(false);

    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search lessons' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('jitter');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await options.first().waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    // The retry lesson is the one lesson with "jitter" in its title.
    expect(await options.first().textContent()).toContain('Timeouts, backoff and jitter');
    expect(await options.first().locator('mark').first().textContent()).toMatch(/^jitter$/i);
    expect(await options.last().textContent()).toBe('All results for “jitter”');
    expect(await seriousViolations(page)).toEqual([]);

    // Arrow keys move the active option; focus stays in the box.
    await page.keyboard.press('ArrowDown');
    const firstId = await options.first().getAttribute('id');
    expect(await box.getAttribute('aria-activedescendant')).toBe(firstId);
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await box.getAttribute('aria-activedescendant')).toBe(firstId);
    const heading = (await options.first().locator('.search-result-heading').textContent())!;

    await page.keyboard.press('Enter');
    await page.waitForURL(/\/topics\/retry-strategy#.+/);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    // Landed on the section: its heading is the one the result named, focused and in view.
    const target = page.locator(`[id="${anchor}"]`);
    await expect.poll(() => target.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await target.textContent())!.trim()).toBe(heading.trim());
    const box2 = await target.boundingBox();
    const topbar = await page.locator('.topbar').boundingBox();
    expect(box2!.y).toBeGreaterThanOrEqual(topbar!.height);
    expect(box2!.y).toBeLessThan(900 / 2);
    // The box is empty and closed again.
    expect(await box.inputValue()).toBe('');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await close();
  });

  it('closes with Escape, clears with a second Escape, and opens the results page', async () => {
    const { page, errors, close } = await openPage(server.browser);
    await page.goto(`${server.url}/weeks/4`);
    await page.locator('main h1').waitFor();
    const box = page.getByRole('combobox', { name: 'Search lessons' });
    await box.click();
    await page.keyboard.type('burn rate');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe('burn rate');
    await page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    // Enter without a chosen result opens every result.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=burn\+rate|\/search\?q=burn%20rate/);
    const results = page.locator('.search-page-results > li');
    await results.first().waitFor();
    expect(await results.first().textContent()).toContain('Alert quality and burn-rate alerting');
    expect(await page.locator('main').getByRole('status').textContent()).toMatch(/sections match/);
    expect(await seriousViolations(page)).toEqual([]);
    // A typo in a longer word is forgiven on the results page too.
    await page.getByLabel('Search the lessons').fill('jiter');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect
      .poll(() => results.first().textContent())
      .toContain('Timeouts, backoff and jitter');
    expect(errors).toEqual([]);
    await close();
  });

  it('folds into a button on a phone and opens over the top bar', async () => {
    const { page, errors, close } = await openPage(server.browser, {
      viewport: { width: 390, height: 844 },
      colorScheme: 'dark',
    });
    await page.goto(server.url);
    await page.locator('main h1').waitFor();
    const box = page.getByRole('combobox', { name: 'Search lessons' });
    expect(await box.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Search lessons' }).click();
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('idempotency');
    await page.getByRole('option').first().waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close search' }).click();
    expect(await box.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });
});
