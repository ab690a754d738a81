// Helpers for driving a lab page (/labs/:id) in the browser tests: wait for runs, read what
// the charts and the challenge show, and move a knob the way a keyboard or mouse user would.
import type { Page } from 'playwright-core';
import type { Knob } from '../../../src/curriculum/schema/lab.js';

export const runCount = async (page: Page): Promise<number> =>
  Number(await page.locator('.lab-page').getAttribute('data-runs'));

/** Waits until the page has finished `n` runs and is not running another. */
export async function waitForRuns(page: Page, n: number): Promise<void> {
  await page
    .locator(`.lab-page[data-runs="${n}"][data-running="false"]`)
    .waitFor({ timeout: 60_000 });
}

/** Opens a lab and waits for its first run. */
export async function openLab(page: Page, base: string, id: string, query = ''): Promise<void> {
  await page.goto(`${base}/labs/${id}${query}`);
  await waitForRuns(page, 1);
}

/** What the page shows: each chart's checksum, and the challenge's values. */
export async function shown(page: Page): Promise<{ charts: string[]; values: string[] }> {
  return {
    charts: await page
      .locator('.lab-chart[data-kind="series"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-checksum') ?? '')),
    values: await page
      .locator('.conditions td[data-value]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-value') ?? '')),
  };
}

/**
 * After a change: with predict-before-run on, the change waits for a guess, so make one and run.
 * `runs` is the run count before the change; whichever comes first tells which case this is.
 */
export async function predictIfAsked(page: Page, runs: number, guess = '0.5'): Promise<boolean> {
  const form = page.locator('.predict-form');
  await page
    .locator(`.predict-form, .lab-page[data-running="true"], .lab-page[data-runs="${runs + 1}"]`)
    .first()
    .waitFor({ timeout: 60_000 });
  if ((await form.count()) === 0) return false;
  for (const input of await form.locator('input[type="number"]').all()) await input.fill(guess);
  await form.getByRole('button', { name: 'Run' }).click();
  return true;
}

/** Moves a knob one step: arrow keys on a slider, another choice of radio group or select. */
export async function moveKnob(page: Page, knob: Knob): Promise<void> {
  if (knob.range) {
    const slider = page.getByRole('slider', { name: knob.label, exact: true });
    const value = Number(await slider.inputValue());
    await slider.focus();
    await page.keyboard.press(value >= knob.range.max ? 'ArrowLeft' : 'ArrowRight');
    return;
  }
  const options = knob.options!;
  const select = page.getByRole('combobox', { name: knob.label, exact: true });
  if ((await select.count()) > 0) {
    const current = await select.inputValue();
    const next = options.find((o) => String(o.value) !== current)!;
    await select.selectOption(String(next.value));
    return;
  }
  const group = page.getByRole('group', { name: knob.label, exact: true });
  const checked = await group.locator('input:checked').getAttribute('value');
  const next = options.find((o) => String(o.value) !== checked)!;
  await group.getByRole('radio', { name: next.label, exact: true }).check();
}
