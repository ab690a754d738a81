// A learner on a lesson page: signed out they can answer but not submit; signed in they test
// out of a lesson with its quiz, see every answer explained, try again, mark the exercise
// done, un-mark the lesson, and set their plan.
import { describe, expect, it } from 'vitest';
import { questionsOf } from '../support/learning.js';
import { seriousViolations } from './support/axe.js';
import { hasBrowser, openPage } from './support/browser.js';
import { signUpInBrowser, useBrowserServer } from './support/browser-server.js';

const topic = 'retry-strategy';

describe.skipIf(!hasBrowser)('quizzes and progress in the browser', () => {
  const server = useBrowserServer();

  it('lets a signed-out reader answer, and asks them to sign in to submit', async () => {
    const { page, errors, close } = await openPage(server.browser);
    await page.goto(`${server.url}/topics/${topic}`);
    await page.locator('.quiz-form').waitFor();
    expect(await page.locator('.quiz-form button[type=submit]').count()).toBe(0);
    await page.locator('.quiz-signin', { hasText: 'Sign in to save your progress' }).waitFor();
    await page.locator('.topic-status', { hasText: 'Sign in to save your progress' }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('walks a learner through test-out, feedback, the exercise and the plan', async () => {
    const { page, errors, close } = await openPage(server.browser);
    await signUpInBrowser(page, server.url, {
      name: 'Quinn Quiz',
      email: 'quinn@example.com',
      password: 'a long and unusual phrase',
    });

    await page.goto(`${server.url}/topics/${topic}`);
    await page.locator('.status-parts', { hasText: 'Not read yet' }).waitFor();
    await page.getByRole('link', { name: 'Take the quiz to test out' }).waitFor();

    // Every answer right but the last, which is left blank: 7 of 8 passes.
    const questions = questionsOf(topic);
    for (const question of questions.slice(0, -1)) {
      if (question.kind === 'numeric')
        await page
          .getByRole('textbox', { name: question.prompt })
          .fill(String(question.answer).replace('.', ','));
      else {
        const right = question.choices.find((c) => c.correct === true)!;
        await page
          .getByRole('group', { name: question.prompt })
          .getByRole('radio', { name: right.text, exact: true })
          .check();
      }
    }
    await page.getByText(`${questions.length - 1} of ${questions.length} answered`).waitFor();
    await page.getByRole('button', { name: 'Check my answers' }).click();
    const summary = page.locator('.quiz-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      `${questions.length - 1} of ${questions.length} right`,
    );
    expect(await summary.textContent()).toContain('passed');
    expect(await summary.textContent()).toContain('You tested out');
    expect(await summary.textContent()).toContain('The 1 question you missed became review cards');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('quiz-summary');
    const last = questions.at(-1)!;
    const lastFeedback = page.locator('.quiz-questions li').last();
    expect(await lastFeedback.textContent()).toContain('You left this blank');
    if (last.kind === 'choice')
      expect(await lastFeedback.textContent()).toContain(
        last.choices.find((c) => c.correct === true)!.why,
      );
    await page.locator('.status-parts', { hasText: 'Read (tested out)' }).waitFor();
    await page.locator('.status-parts', { hasText: 'Quiz passed' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: 'Check my answers' }).waitFor();
    expect(await page.getByText(`0 of ${questions.length} answered`).count()).toBe(1);

    await page
      .getByLabel('Your reflection: what you did, and what you would do differently')
      .fill('I drafted our retry standard: three attempts, full jitter, a 10% budget.');
    await page.getByRole('button', { name: 'Mark exercise done' }).click();
    await page.locator('.exercise-done', { hasText: 'Done on' }).waitFor();

    await page.locator('.lesson-end').getByRole('button', { name: 'Undo' }).click();
    await page.locator('.lesson-end').getByRole('button', { name: 'Mark as read' }).waitFor();
    await page.locator('.status-parts', { hasText: 'Not read yet' }).waitFor();

    await page.goto(`${server.url}/plan`);
    await page.getByLabel('Start date').fill('2026-03-02');
    await page.getByRole('radio', { name: /Half pace/ }).check();
    await page.getByText('Week 1 runs 2026-03-02 to 2026-03-15').waitFor();
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page.getByText('Your plan is saved.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    expect(await page.getByRole('radio', { name: /Half pace/ }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});
