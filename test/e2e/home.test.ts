// The home page as a visitor, a new learner and a learner who has begun: empty states that say
// what to do first, then the lesson read through the API showing in activity and progress.
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { hasBrowser, openPage } from './support/browser.js';
import { useBrowserServer } from './support/browser-server.js';
import { seriousViolations } from './support/axe.js';

describe.skipIf(!hasBrowser)('the home page in the browser', () => {
  const server = useBrowserServer();

  /** Signs up in the page's context (its cookie jar); answers the CSRF token for later calls. */
  async function signUp(context: BrowserContext, name: string): Promise<string> {
    const response = await context.request.post(`${server.url}/api/v1/auth/signup`, {
      data: { email: `${name.toLowerCase()}@example.com`, password: 'a long unusual phrase', name },
      headers: { origin: server.url },
    });
    expect(response.status()).toBe(201);
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  it('invites a visitor to create an account', async () => {
    const { page, errors, close } = await openPage(server.browser);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Keep your progress' }).waitFor();
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL('**/signup');
    expect(errors).toEqual([]);
    await close();
  });

  it('tells a new learner what to do first, then shows a lesson read in activity and progress', async () => {
    const { page, errors, close } = await openPage(server.browser);
    const context = page.context();
    const csrf = await signUp(context, 'Nia');
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Hello, Nia' }).waitFor();

    // No plan, no cards, no activity: each says what to do.
    const week = page.locator('.this-week');
    expect(await week.getByRole('heading', { level: 2 }).textContent()).toBe(
      'Pick your start date',
    );
    expect(
      await week.getByRole('link', { name: 'Pick your start date' }).getAttribute('href'),
    ).toBe('/plan');
    await page.locator('.reviews-due').getByText('No cards yet').waitFor();
    const activity = page.locator('.recent-activity');
    await activity.getByText('Nothing yet.').waitFor();
    expect(await activity.getByRole('link').textContent()).toBe('Senior vs Staff vs Principal');
    // On a wide screen the short cards stack beside this week, with no gap left between them.
    const weekBox = (await week.boundingBox())!;
    const reviewsBox = (await page.locator('.reviews-due').boundingBox())!;
    const activityBox = (await activity.boundingBox())!;
    expect(reviewsBox.x).toBeGreaterThan(weekBox.x + weekBox.width);
    expect(activityBox.x).toBe(reviewsBox.x);
    expect(activityBox.y - (reviewsBox.y + reviewsBox.height)).toBeLessThan(24);
    const next = page.locator('.next-step');
    expect(await next.getByRole('heading').textContent()).toBe(
      'Read “Senior vs Staff vs Principal”',
    );
    expect(await seriousViolations(page)).toEqual([]);

    const read = await context.request.post(
      `${server.url}/api/v1/topics/senior-staff-principal/read`,
      { headers: { origin: server.url, 'x-csrf-token': csrf } },
    );
    expect(read.status()).toBe(200);
    const { cardsAdded } = (await read.json()) as { cardsAdded: number };
    expect(cardsAdded).toBeGreaterThan(0);

    await page.reload();
    await activity.getByRole('link', { name: 'Read “Senior vs Staff vs Principal”' }).waitFor();
    // Progress: the first module has one topic started; the topic's Read part is done.
    const scopeShift = page.getByRole('row', { name: /^Scope shift/ });
    expect(await scopeShift.getByRole('cell').last().textContent()).toBe('1');
    expect(await scopeShift.getByRole('cell').first().textContent()).toBe('0 of 5');
    const topic = week.locator('li', { hasText: 'Senior vs Staff vs Principal' }).first();
    expect(await topic.locator('.part-done').textContent()).toBe('✓ Read: done');
    // The lesson's cards are due at once.
    expect(await page.locator('.reviews-due-count strong').textContent()).toBe(
      `${cardsAdded} ${cardsAdded === 1 ? 'card' : 'cards'}`,
    );
    // The next step moves on to the topic's practice.
    expect(await next.getByRole('heading').textContent()).toBe(
      'Practise “Senior vs Staff vs Principal”',
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('shows this week from the plan, with the calendar to download, on a phone in dark mode', async () => {
    const { page, errors, close } = await openPage(server.browser, {
      viewport: { width: 390, height: 844 },
      colorScheme: 'dark',
    });
    const context = page.context();
    const csrf = await signUp(context, 'Ola');
    // Week 1 started 10 days ago: today is in week 2.
    const start = new Date(Date.now() - 10 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const startDate = `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`;
    const plan = await context.request.put(`${server.url}/api/v1/me/plan`, {
      data: { startDate, daysPerWeek: 7 },
      headers: { origin: server.url, 'x-csrf-token': csrf },
    });
    expect(plan.status()).toBe(200);
    await page.goto(server.url);
    const week = page.locator('.this-week');
    await week.getByRole('heading', { name: 'This week: week 2' }).waitFor();
    const download = week.getByRole('link', { name: 'Download calendar (.ics)' });
    const ics = await context.request.get(
      new URL((await download.getAttribute('href'))!, server.url).href,
    );
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await ics.text()).toContain(`DTSTART;VALUE=DATE:${startDate.replace(/-/g, '')}\r\n`);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
