// A review session as a learner has it: an empty deck says what to do, a card written through
// the API is due at once, the keyboard reveals (Space) and rates it (3), and the page ends by
// saying when the next card is due. Every state is checked with axe.
import { describe, expect, it } from 'vitest';
import { hasBrowser, openPage } from './support/browser.js';
import { signUpInBrowser, useBrowserServer } from './support/browser-server.js';
import { seriousViolations } from './support/axe.js';

describe.skipIf(!hasBrowser)('reviews in the browser', () => {
  const server = useBrowserServer();

  it('reviews a card with the keyboard and ends with when the next one is due', async () => {
    const { page, errors, close } = await openPage(server.browser);
    await signUpInBrowser(page, server.url, {
      name: 'Rae Reviewer',
      email: 'rae@example.com',
      password: 'a long and unusual phrase',
    });

    await page.getByRole('link', { name: 'Reviews', exact: true }).click();
    await page.getByRole('heading', { name: 'Your deck is empty' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The page's session gives the CSRF token a change needs.
    const me = (await (await page.request.get(`${server.url}/api/v1/me`)).json()) as {
      csrfToken: string;
    };
    const created = await page.request.post(`${server.url}/api/v1/cards`, {
      headers: { 'x-csrf-token': me.csrfToken, origin: server.url },
      data: {
        topicId: 'retry-strategy',
        front: 'What multiplies retries?',
        back: 'Every layer that retries.',
      },
    });
    expect(created.status()).toBe(201);

    await page.reload();
    await page.getByText('1 of 1').waitFor();
    await page.getByText('What multiplies retries?').waitFor();
    expect(await page.getByText('Every layer that retries.').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('Space');
    await page.getByText('Every layer that retries.').waitFor();
    const good = page.getByRole('button', { name: /Good/ });
    // A new card rated Good waits for the second learning step: 10 minutes.
    expect(await good.innerText()).toContain('10 min');
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('3');
    await page.getByRole('heading', { name: 'All done' }).waitFor();
    await page.getByText('Next card due in 10 minutes.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const deck = (await (await page.request.get(`${server.url}/api/v1/cards`)).json()) as {
      state: string;
      reps: number;
    }[];
    expect(deck).toEqual([expect.objectContaining({ state: 'learning', reps: 1 })]);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the statistics with a table behind each chart, and the deck download', async () => {
    const { page, close } = await openPage(server.browser, {
      viewport: { width: 390, height: 844 },
    });
    await page.goto(`${server.url}/signin`);
    await page.getByLabel('Email', { exact: true }).fill('rae@example.com');
    await page.getByLabel('Password', { exact: true }).fill('a long and unusual phrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
    await page.goto(`${server.url}/reviews/stats`);
    await page.locator('.review-chart canvas').first().waitFor();
    const tables = page.getByText('Numbers behind the chart');
    expect(await tables.count()).toBe(2);
    await tables.first().click();
    // Today's row of reviews per day: the one Good of the first test.
    const today = page.locator('.review-chart').first().locator('tbody tr').last();
    expect(await today.locator('td').allInnerTexts()).toEqual(['0', '0', '1', '0', '1']);
    const download = page.getByRole('link', { name: 'Download deck for Anki (CSV)' });
    expect(await download.getAttribute('href')).toBe('/api/v1/me/deck.csv');
    expect(await seriousViolations(page)).toEqual([]);
    await close();
  });
});
