// The app as a learner meets it: home → week → lesson, in light and dark, wide and on a phone,
// by keyboard, and without serious accessibility violations.
import { describe, expect, it } from 'vitest';
import { hasBrowser, openPage } from './support/browser.js';
import { useBrowserServer } from './support/browser-server.js';
import { seriousViolations } from './support/axe.js';

describe.skipIf(!hasBrowser)('the program in the browser', () => {
  const server = useBrowserServer();

  it('walks from the home page to a week and a lesson', async () => {
    const { page, errors, close } = await openPage(server.browser);
    await page.goto(server.url);
    await expect.poll(() => page.locator('h1').textContent()).toContain('20 weeks');
    expect(await page.locator('.module').count()).toBe(6);
    expect(await page.locator('.week-card').count()).toBe(20);
    expect(await page.locator('.week-card .topic-list > li').count()).toBe(43);

    await page.getByRole('link', { name: 'Start with week 1' }).click();
    await page.waitForURL('**/weeks/1');
    // The URL changes before the week page renders: wait for its heading, not the home page's.
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Scope shift: from team impact to org impact');
    expect(await page.locator('.week-topic').count()).toBe(5);

    await page.locator('.week-topic h2 a').first().click();
    await page.waitForURL('**/topics/senior-staff-principal');
    await expect
      .poll(() => page.locator('h1').textContent())
      .toMatch(/Senior vs Staff vs Principal|\S/);
    const notWritten = await page.locator('.not-written').count();
    const prose = await page.locator('.prose').count();
    expect(notWritten + prose).toBe(1);
    await page.getByRole('link', { name: /Operating radius →/ }).click();
    await page.waitForURL('**/topics/operating-radius');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows a not-found state for unknown pages, weeks and topics', async () => {
    const { page, close } = await openPage(server.browser);
    for (const path of ['/nowhere', '/weeks/99', '/topics/not-a-topic']) {
      await page.goto(server.url + path);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Page not found');
    }
    await close();
  });

  it('follows the system dark theme and lets the learner override it', async () => {
    const { page, errors, close } = await openPage(server.browser, { colorScheme: 'dark' });
    await page.goto(server.url);
    await page.locator('.module').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(luminance(background)).toBeLessThan(0.1);
    expect(await seriousViolations(page)).toEqual([]);

    // System → light: the choice survives a reload.
    await page.getByRole('button', { name: /System theme/ }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.reload();
    await page.locator('.module').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(
      luminance(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)),
    ).toBeGreaterThan(0.8);
    expect(errors).toEqual([]);
    await close();
  });

  it('fits a phone screen, with the navigation in a menu', async () => {
    const { page, close } = await openPage(server.browser, {
      viewport: { width: 375, height: 740 },
    });
    // Every written lesson too: a long URL or a wide table in content must not widen the page.
    const program = (await (await fetch(`${server.url}/api/v1/program`)).json()) as {
      modules: { weeks: { topics: { id: string; hasLesson: boolean }[] }[] }[];
    };
    const lessons = program.modules.flatMap((m) =>
      m.weeks.flatMap((w) => w.topics.filter((t) => t.hasLesson).map((t) => `/topics/${t.id}`)),
    );
    for (const path of [
      '/',
      '/weeks/4',
      '/topics/retry-strategy',
      '/docs/api',
      '/signin',
      ...lessons,
    ]) {
      await page.goto(server.url + path);
      await page.locator('main h1').waitFor();
      if (path.startsWith('/topics/'))
        await page.locator('.prose h2, .not-written').first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await page.goto(server.url);
    await page.locator('.module').first().waitFor();
    expect(await page.locator('#program-nav').isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page
      .locator('#program-nav')
      .getByRole('link', { name: /Data architecture/ })
      .click();
    await page.waitForURL('**/weeks/6');
    expect(await page.locator('#program-nav').isVisible()).toBe(false);

    // The narrowest phones, signed out: the top bar keeps Sign in and the theme on screen.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(server.url);
    await page.locator('.module').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
    for (const control of [
      page.locator('.topbar').getByRole('link', { name: 'Sign in', exact: true }),
      page.locator('.topbar').getByRole('button', { name: /theme/i }),
    ]) {
      const box = (await control.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(box.height).toBeLessThan(48); // one line, not wrapped
    }
    await close();
  });

  it('is keyboard reachable: the skip link is the first stop and leads to the content', async () => {
    const { page, close } = await openPage(server.browser);
    await page.goto(server.url + '/weeks/3');
    await page.locator('main h1').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    // Every week is reachable from the navigation by Tab alone.
    const reachable = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() =>
        (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'),
      );
      if (href?.startsWith('/weeks/')) reachable.add(href);
    }
    expect(reachable.size).toBeGreaterThanOrEqual(1);
    await close();
  });

  it('has no serious accessibility violations on any page, in either theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors, close } = await openPage(server.browser, { colorScheme });
      for (const path of ['/', '/weeks/1', '/topics/consistency-models', '/docs/api']) {
        await page.goto(server.url + path);
        await page.locator('main h1').waitFor();
        await page.locator('#program-nav .nav-week').first().waitFor();
        expect(await seriousViolations(page), `${colorScheme} ${path}`).toEqual([]);
      }
      expect(errors, 'console errors (a CSP violation would show here)').toEqual([]);
      await close();
    }
  });

  it('prints a lesson without the navigation', async () => {
    const { page, close } = await openPage(server.browser);
    await page.goto(server.url + '/topics/retry-strategy');
    await page.locator('main h1').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#program-nav').isVisible()).toBe(false);
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    await close();
  });

  it("lets a learner copy an artifact's template and check a draft, which survives a reload", async () => {
    const topic = (await (await fetch(`${server.url}/api/v1/topics/problem-finding`)).json()) as {
      artifacts: { title: string; template: string; rubric: { checks: unknown[] } }[];
    };
    const artifact = topic.artifacts[0]!;
    const { page, errors, close } = await openPage(server.browser);
    await page.goto(server.url + '/topics/problem-finding');
    const section = page.locator('.artifact').first();
    await section.locator('h3').waitFor();
    expect(await section.locator('h3').textContent()).toBe(artifact.title);
    await section.locator('summary', { hasText: 'Template' }).click();
    expect(await section.locator('.template-text').textContent()).toBe(artifact.template);
    await section.locator('summary', { hasText: 'Check a draft' }).click();
    // The untouched template passes only its structure checks, so some advice must appear.
    await section.locator('textarea').fill(artifact.template);
    await section
      .getByRole('button', { name: `Run the ${artifact.rubric.checks.length} checks` })
      .click();
    const verdict = await section.locator('.check-results strong').textContent();
    const passing = Number(/^(\d+) of (\d+) checks pass/.exec(verdict ?? '')?.[1]);
    expect(passing).toBeLessThan(artifact.rubric.checks.length);
    expect(await section.locator('.check-results li').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await page.locator('.artifact summary', { hasText: 'Check a draft' }).first().click();
    expect(await page.locator('.artifact textarea').first().inputValue()).toBe(artifact.template);
    expect(errors).toEqual([]);
    await close();
  });

  it('documents the API on a browsable page', async () => {
    const { page, close } = await openPage(server.browser);
    const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const operations = Object.values(doc.paths).reduce(
      (n, methods) => n + Object.keys(methods).length,
      0,
    );
    await page.goto(server.url + '/docs/api');
    await expect.poll(() => page.locator('.operation').count()).toBe(operations);
    expect(await page.locator('.operation h2').allTextContents()).toContain('GET /api/v1/program');
    await close();
  });
});

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
