// Every lab as a learner meets it: the engine runs in a worker, the charts and the challenge
// follow the knobs, the knobs and seed live in the URL, a pinned run is compared with the next,
// a diagnosis is answered, in both themes and on a phone, under the server's strict CSP.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LabDetail, LabSummary } from '../../src/api/index.js';
import { drawCause } from '../../src/learning/index.js';
import { hasBrowser, openPage } from './support/browser.js';
import { signUpInBrowser, useBrowserServer } from './support/browser-server.js';
import { seriousViolations } from './support/axe.js';
import {
  moveKnob,
  openLab,
  predictIfAsked,
  runCount,
  shown,
  waitForRuns,
} from './support/lab-page.js';

describe.skipIf(!hasBrowser)('lab pages in the browser', () => {
  const server = useBrowserServer();
  let labs: LabDetail[] = [];

  beforeAll(async () => {
    const list = (await (await fetch(`${server.url}/api/v1/labs`)).json()) as LabSummary[];
    labs = await Promise.all(
      list.map(
        async (s) => (await (await fetch(`${server.url}/api/v1/labs/${s.id}`)).json()) as LabDetail,
      ),
    );
  });

  const lab = (id: string) => labs.find((l) => l.summary.id === id)!.definition;

  it('runs every lab, and moving a knob changes its chart and its challenge', async () => {
    expect(labs.length).toBeGreaterThan(0);
    for (const { definition } of labs) {
      const { page, errors, close } = await openPage(server.browser);
      await openLab(page, server.url, definition.id);
      const before = await shown(page);
      expect(before.charts.length, definition.id).toBeGreaterThan(0);
      expect(await page.locator('.run-status').textContent()).toMatch(/Ran in \d+ ms/);
      // Not every knob moves every number (a diagnosis has no condition values): try them in
      // turn until one changes the chart and, for a conditions lab, the challenge.
      let changed = false;
      for (const knob of definition.knobs) {
        const n = await runCount(page);
        await moveKnob(page, knob);
        await predictIfAsked(page, n);
        await waitForRuns(page, n + 1);
        expect(page.url(), `${definition.id}: ${knob.id} in the URL`).toContain(`${knob.id}=`);
        const after = await shown(page);
        const challengeMoved =
          definition.challenge.kind === 'diagnosis' || after.values.join() !== before.values.join();
        if (after.charts.join() !== before.charts.join() && challengeMoved) {
          changed = true;
          break;
        }
      }
      // A diagnosis lab's knobs may only change what is observed (trace sampling), and some
      // have none: a new seed draws a new incident, which must show on the charts.
      if (!changed && definition.challenge.kind === 'diagnosis') {
        const n = await runCount(page);
        await page.getByRole('button', { name: 'New seed' }).click();
        await predictIfAsked(page, n);
        await waitForRuns(page, n + 1);
        changed = (await shown(page)).charts.join() !== before.charts.join();
      }
      expect.soft(changed, `${definition.id}: no knob changed the chart and challenge`).toBe(true);
      expect.soft(errors, definition.id).toEqual([]);
      await close();
    }
  }, 600_000);

  it('keeps the knobs and the seed in the URL, restores them on reload, and refuses bad values', async () => {
    const { page, close } = await openPage(server.browser);
    await openLab(page, server.url, 'retry-storm');
    await page.getByLabel('Predict before each run').uncheck();
    await page
      .getByRole('group', { name: 'Retry budget' })
      .getByLabel('10% of first attempts')
      .check();
    await waitForRuns(page, 2);
    await page.getByRole('button', { name: 'New seed' }).click();
    await waitForRuns(page, 3);
    const seed = await page.getByTestId('seed').textContent();
    expect(page.url()).toContain('budget=0.1');
    expect(page.url()).toContain(`seed=${seed}`);
    const beforeReload = await shown(page);

    await page.reload();
    await waitForRuns(page, 1);
    expect(await page.getByTestId('seed').textContent()).toBe(seed);
    expect(await page.getByLabel('10% of first attempts').isChecked()).toBe(true);
    expect(await shown(page)).toEqual(beforeReload);

    await page.getByRole('button', { name: 'Reset to baseline' }).click();
    await waitForRuns(page, 2);
    expect(page.url()).not.toContain('budget=');
    expect(await page.getByLabel('No budget').isChecked()).toBe(true);

    await openLab(page, server.url, 'retry-storm', '?budget=7&spike=1.1&seed=abc');
    const notice = await page.locator('.lab-notice').textContent();
    expect(notice).toContain('"budget" is one of 0, 0.1, 0.2, not "7"');
    expect(notice).toContain('so 1.1 is not one of its values');
    expect(notice).toContain('The seed must be a whole number');
    expect(await page.getByLabel('No budget').isChecked()).toBe(true);
    expect(await page.getByTestId('seed').textContent()).toBe('1');
    await close();
  });

  it('pins a run and compares it with the next, with the prediction beside the result', async () => {
    const { page, errors, close } = await openPage(server.browser);
    await openLab(page, server.url, 'retry-storm');
    const baseline = await shown(page);
    await page.getByRole('button', { name: 'Pin this run' }).click();
    await page
      .getByRole('group', { name: 'Retry budget' })
      .getByLabel('10% of first attempts')
      .check();
    // Predict-before-run is on by default: nothing runs until the learner guesses.
    await page.locator('.predict-form').waitFor();
    expect(await runCount(page)).toBe(1);
    expect(await predictIfAsked(page, 1, '0.42')).toBe(true);
    await waitForRuns(page, 2);

    expect(await page.locator('.conditions thead').textContent()).toContain('Before (pinned)');
    const pinned = await page
      .locator('.conditions td[data-pinned-value]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-pinned-value')));
    expect(pinned).toEqual(baseline.values);
    const now = await shown(page);
    expect(now.values).not.toEqual(baseline.values);
    expect(await page.locator('.overall').getAttribute('data-passed')).toBe('true');
    expect(await page.locator('.lab-chart[data-pinned="true"]').count()).toBe(
      lab('retry-storm').charts.length,
    );
    expect(await page.locator('.chart-legend').first().textContent()).toContain('(pinned)');
    expect(await page.locator('.prediction-results').textContent()).toMatch(
      /You said 0\.42; the run gave \d/,
    );
    // Signed out, a pass points at signing in instead of offering to record it.
    expect(await page.getByRole('link', { name: 'Sign in to record your pass' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('records a pass when signed in: the server re-runs the lab and says so', async () => {
    const { page, close } = await openPage(server.browser);
    await signUpInBrowser(page, server.url, {
      name: 'Lab Learner',
      email: 'lab@example.com',
      password: 'a long and unusual phrase',
    });
    // The solution's knobs, straight from the address: the run passes at once.
    const solution = new URLSearchParams(
      Object.entries(lab('retry-storm').solution).map(([k, v]) => [k, String(v)]),
    );
    await openLab(page, server.url, 'retry-storm', `?${solution.toString()}`);
    expect(await page.locator('.overall').getAttribute('data-passed')).toBe('true');
    await page.getByRole('button', { name: 'Record this pass' }).click();
    const outcome = page.locator('.record-outcome p, .record-pass .form-error');
    await outcome.first().waitFor();
    expect(await outcome.first().textContent()).toContain(
      'Recorded: the server re-ran the lab and it passed.',
    );
    await close();
  });

  it('answers a diagnosis wrong, then right, and never names the cause before', async ({
    skip,
  }) => {
    const detail = labs.find((l) => l.definition.challenge.kind === 'diagnosis');
    if (!detail) return skip('no diagnosis lab in content/labs yet');
    const definition = detail.definition;
    if (definition.challenge.kind !== 'diagnosis') return;
    const { candidates } = definition.challenge;
    const { page, close } = await openPage(server.browser);
    await openLab(page, server.url, definition.id);
    const seed = Number(await page.locator('.lab-page').getAttribute('data-seed'));
    const cause = drawCause(candidates, seed);
    const wrong = candidates.find((c) => c.id !== cause.id)!;
    // Shaded fault windows are labelled by kind, never by the service the answer names.
    const labels = await page
      .locator('.chart-note, .chart-canvas')
      .evaluateAll((els) =>
        els.map((el) => `${el.textContent} ${el.getAttribute('aria-label') ?? ''}`).join(' '),
      );
    const causeTargets = cause.edits
      .filter((e) => /^faults/.test(e.path))
      .map((e) => String(e.value));
    for (const target of causeTargets) expect(labels).not.toContain(`on ${target}`);

    const question = page.locator('form.diagnosis');
    await question.getByLabel(wrong.label, { exact: true }).check();
    await question.getByRole('button', { name: 'Check my answer' }).click();
    expect(await question.locator('[data-right]').getAttribute('data-right')).toBe('false');
    expect(await question.locator('.diagnosis-result').textContent()).toContain(wrong.explanation);
    await question.getByLabel(cause.label, { exact: true }).check();
    await question.getByRole('button', { name: 'Check my answer' }).click();
    expect(await question.locator('[data-right]').getAttribute('data-right')).toBe('true');
    expect(await question.locator('.diagnosis-result').textContent()).toContain(cause.explanation);

    // A new seed draws a new cause: the answer is cleared.
    const n = await runCount(page);
    await page.getByRole('button', { name: 'New seed' }).click();
    await predictIfAsked(page, n);
    await waitForRuns(page, n + 1);
    expect(await question.locator('input:checked').count()).toBe(0);
    expect(await question.locator('[data-right]').count()).toBe(0);
    await close();
  });

  it('lists kept traces and draws the selected one as a waterfall, by keyboard', async ({
    skip,
  }) => {
    const withTraces = labs.find((l) => l.definition.scenario.traces !== undefined);
    if (!withTraces) return skip('no lab keeps traces yet');
    const { page, close } = await openPage(server.browser);
    await openLab(page, server.url, withTraces.definition.id);
    const first = await page.locator('.waterfall figcaption').textContent();
    expect(Number(await page.locator('.waterfall').getAttribute('data-spans'))).toBeGreaterThan(1);
    expect(await page.locator('.waterfall-label').first().textContent()).toMatch(
      /request .* · (ok|error|degraded)/,
    );
    await page.locator('.trace-item').nth(0).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.locator('.trace-item').nth(1).getAttribute('aria-current')).toBe('true');
    expect(await page.locator('.waterfall figcaption').textContent()).not.toBe(first);
    await close();
  });

  it('has no serious accessibility violations or CSP errors, in light and in dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors, close } = await openPage(server.browser, { colorScheme });
      await openLab(page, server.url, 'retry-storm');
      await page.locator('.lab-chart[data-kind="sweep"][data-complete="true"]').first().waitFor();
      expect(await seriousViolations(page), colorScheme).toEqual([]);
      // React Flow positions nodes with inline styles; under a CSP that blocked them every
      // node would sit at the origin.
      const tops = await page
        .locator('.react-flow__node')
        .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(tops.length);
      const canvas = await page.locator('.chart-canvas canvas').first().boundingBox();
      expect(canvas?.width).toBeGreaterThan(300);
      expect(errors, colorScheme).toEqual([]);
      await close();
    }
    // The diagnosis form and the trace waterfall, when a lab has them.
    const other = labs.find(
      (l) => l.definition.challenge.kind === 'diagnosis' && l.definition.scenario.traces,
    );
    if (other) {
      const { page, close } = await openPage(server.browser, { colorScheme: 'dark' });
      await openLab(page, server.url, other.definition.id);
      await page.locator('.waterfall').waitFor();
      expect(await seriousViolations(page), other.definition.id).toEqual([]);
      await close();
    }
  });

  it('fits a phone: no horizontal overflow, panels stacked, charts full width', async () => {
    const { page, close } = await openPage(server.browser, {
      viewport: { width: 390, height: 844 },
    });
    for (const { definition } of labs.slice(0, 3)) {
      await openLab(page, server.url, definition.id);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, definition.id).toBeLessThanOrEqual(0);
      const knobs = (await page.locator('.knob-panel').boundingBox())!;
      const chart = (await page.locator('.lab-chart').first().boundingBox())!;
      expect(chart.y).toBeGreaterThan(knobs.y + knobs.height - 1);
      expect(Math.abs(chart.x - knobs.x)).toBeLessThan(2);
      expect(chart.width).toBeGreaterThan(330);
    }
    await close();
  });

  it('links the lesson card and the practice chip to the lab, and says when a lab does not exist', async () => {
    const { page, close } = await openPage(server.browser);
    await page.goto(`${server.url}/topics/retry-strategy`);
    const card = page.locator('.lab-card', { hasText: 'Retry storm' });
    await card.getByRole('link', { name: 'Open the lab' }).waitFor();
    await expect.poll(() => card.textContent()).toContain(lab('retry-storm').challenge.goal);
    expect(await page.locator('.practice-box a[href="/labs/retry-storm"]').count()).toBe(1);
    await card.getByRole('link', { name: 'Open the lab' }).click();
    await page.waitForURL('**/labs/retry-storm');
    await waitForRuns(page, 1);
    await page.goto(`${server.url}/labs/not-a-lab`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Page not found');
    expect(await page.locator('.state').textContent()).toContain('There is no lab "not-a-lab"');
    await close();
  });
});
