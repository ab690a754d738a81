// The self-assessments and the diagnostic as a learner meets them: the level self-assessment
// signed out (a result, not saved), then signed in: take it, see the radar chart, save, retake,
// compare; the archetype questionnaire and both diagnostic forms; axe in light and dark, and no
// horizontal overflow on a 390 px phone.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, openPage } from './support/browser.js';
import { signUpInBrowser, useBrowserServer } from './support/browser-server.js';
import { seriousViolations } from './support/axe.js';

interface Dimension {
  id: string;
  title: string;
}

async function placeAll(page: Page, dimensions: Dimension[], placement: string, evidence = true) {
  for (const d of dimensions) {
    await page
      .getByRole('group', { name: `Your placement on ${d.title}` })
      .getByRole('radio', { name: placement, exact: true })
      .check();
    if (evidence)
      await page.getByLabel(`Evidence for ${d.title}`).fill(`An artifact for ${d.title}, 2026`);
  }
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function darkAxe(page: Page): Promise<string[]> {
  await page.evaluate(() => localStorage.setItem('stafflab.theme', 'dark'));
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  const violations = await seriousViolations(page);
  await page.evaluate(() => {
    localStorage.removeItem('stafflab.theme');
    document.documentElement.dataset.theme = 'light';
  });
  return violations;
}

describe.skipIf(!hasBrowser)('assessments in the browser', () => {
  const server = useBrowserServer();
  let dimensions: Dimension[];

  beforeAll(async () => {
    const level = (await (await fetch(`${server.url}/api/v1/assessments/level`)).json()) as {
      dimensions: Dimension[];
    };
    dimensions = level.dimensions;
  });

  it('shows a signed-out learner a result that is not saved', async () => {
    const { page, errors, close } = await openPage(server.browser);
    await page.goto(`${server.url}/assessments/level`);
    await page.getByText('the result is not saved').waitFor();
    await placeAll(page, dimensions, '1.5');
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.getByRole('heading', { name: 'Your result', exact: true }).waitFor();
    await page.getByText('This result is not saved').waitFor();
    expect(await page.locator('.radar-svg').first().getAttribute('data-axes')).toBe('8');
    expect(await page.locator('.radar-svg').first().locator('.radar-axis').count()).toBe(8);
    expect(errors).toEqual([]);
    await close();
  });

  it('takes, saves, retakes and compares the level self-assessment', async () => {
    const { page, errors, close } = await openPage(server.browser);
    await signUpInBrowser(page, server.url, {
      name: 'Lee Learner',
      email: 'lee@example.com',
      password: 'a long and unusual phrase',
    });

    await page.goto(`${server.url}/assessments/level`);
    // Submitting with nothing placed names what is missing, and saves nothing.
    await page.getByRole('button', { name: 'Save and see my result' }).click();
    await page.getByText('Place yourself on every dimension first').waitFor();
    await placeAll(page, dimensions, '1.5');
    await page.getByRole('button', { name: 'Save and see my result' }).click();
    await page.getByRole('heading', { name: /^Your result of / }).waitFor();
    const chart = page.locator('.level-result .radar-svg');
    expect(await chart.getAttribute('data-axes')).toBe(String(dimensions.length));
    expect(await chart.locator('.radar-axis').count()).toBe(dimensions.length);
    // You, the Staff expectation and the Principal expectation.
    expect(await chart.locator('[data-series]').count()).toBe(3);
    expect(await page.locator('.level-result tbody tr').count()).toBe(dimensions.length);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await darkAxe(page)).toEqual([]);

    // Retake: the form starts from the last answers; move one dimension up.
    await page.getByRole('button', { name: 'Take it again' }).click();
    await page
      .getByRole('group', { name: `Your placement on ${dimensions[0]!.title}` })
      .getByRole('radio', { name: '2 · Staff' })
      .check();
    await page.getByRole('button', { name: 'Save and see my result' }).click();
    await page.getByRole('heading', { name: /^Your result of / }).waitFor();
    const saved = page.locator('.assessment-saved .saved-list li');
    await expect.poll(() => saved.count()).toBe(2);
    for (const box of await page.locator('.saved-pick input').all()) await box.check();
    await page.getByRole('button', { name: 'Compare the two ticked' }).click();
    await page.getByRole('heading', { name: /^Compared: / }).waitFor();
    const compared = page.locator('.level-comparison');
    expect(await compared.locator('[data-series="earlier"]').count()).toBe(1);
    expect(await compared.locator('[data-series="you"]').count()).toBe(1);
    const first = compared.locator('tbody tr').first();
    expect(await first.locator('th').textContent()).toBe(dimensions[0]!.title);
    expect(await first.locator('td').allTextContents()).toEqual(['1.5', '2', '+0.5']);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await darkAxe(page)).toEqual([]);

    // On a phone: the comparison, then the form, fit the width.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Take it again' }).click();
    await page.getByRole('button', { name: 'Save and see my result' }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(errors.filter((e) => !e.includes('status of 4'))).toEqual([]);
    await close();
  });

  it('takes the archetype questionnaire and both diagnostic forms', async () => {
    const { page, errors, close } = await openPage(server.browser);
    await page.goto(`${server.url}/signin`);
    await page.getByLabel('Email', { exact: true }).fill('lee@example.com');
    await page.getByLabel('Password', { exact: true }).fill('a long and unusual phrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.topbar').getByRole('link', { name: 'Lee Learner' }).waitFor();

    await page.goto(`${server.url}/assessments/archetypes`);
    // `all()` does not wait: without this, a slow load leaves every item unanswered.
    await page.locator('.archetype-form').waitFor();
    for (const group of await page.locator('.archetype-form fieldset').all())
      await group.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Save and see my result' }).click();
    await page.getByRole('heading', { name: /^Your result of / }).waitFor();
    expect(await page.locator('.archetype-result .score-bar').count()).toBe(4);
    expect(await page.locator('.archetype-pair dd').count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await darkAxe(page)).toEqual([]);

    for (const form of ['start', 'end']) {
      await page.goto(`${server.url}/diagnostic/${form}`);
      const questions = page.locator('.diagnostic-form fieldset');
      await expect.poll(() => questions.count()).toBe(20);
      // Answer the first half with the first choice shown; leave the rest blank.
      for (const question of (await questions.all()).slice(0, 10))
        await question.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Submit and see the feedback' }).click();
      await page.getByRole('heading', { name: 'Your result, with feedback' }).waitFor();
      expect(await page.locator('.feedback').count()).toBe(20);
      expect(await page.locator('.diagnostic-result .score-bar').count()).toBe(6);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${server.url}/diagnostic`);
    await page.getByRole('heading', { name: 'Start against end' }).waitFor();
    expect(await page.locator('.diagnostic-comparison tbody tr').count()).toBe(6);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await darkAxe(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(errors.filter((e) => !e.includes('status of 4'))).toEqual([]);
    await close();
  });
});
