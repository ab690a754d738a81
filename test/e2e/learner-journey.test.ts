// A new learner's first day, through the pages alone: sign up, follow the home page's next step
// to the first lesson, mark it read, take its quiz with one answer wrong, review the cards that
// produced with the keyboard, and come home to see it all in the activity and the progress.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Question } from '../../src/curriculum/index.js';
import { questionsOf, realContent } from '../support/learning.js';
import { hasBrowser, openPage } from './support/browser.js';
import { signUpInBrowser, useBrowserServer } from './support/browser-server.js';
import { seriousViolations } from './support/axe.js';

const topic = 'senior-staff-principal';
const title = 'Senior vs Staff vs Principal';

async function answer(page: Page, question: Question, right: boolean) {
  if (question.kind === 'numeric') {
    const value = right ? question.answer : question.answer + question.tolerance + 1;
    await page.getByRole('textbox', { name: question.prompt }).fill(String(value));
    return;
  }
  const choice = question.choices.find((c) => (c.correct === true) === right)!;
  await page
    .getByRole('group', { name: question.prompt })
    .getByRole('radio', { name: choice.text, exact: true })
    .check();
}

describe.skipIf(!hasBrowser)('a new learner’s first day', () => {
  const server = useBrowserServer();

  it('goes from sign-up through a lesson and its quiz to a review session', async () => {
    const { page, errors, close } = await openPage(server.browser);
    await signUpInBrowser(page, server.url, {
      name: 'Jo Journey',
      email: 'jo@example.com',
      password: 'a long and unusual phrase',
    });

    // Home tells a new learner where to begin; its next step opens the first lesson.
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Hello, Jo Journey' }).waitFor();
    const next = page.locator('.next-step');
    expect(await next.getByRole('heading').textContent()).toBe(`Read “${title}”`);
    await next.getByRole('link', { name: 'Read the lesson' }).click();
    await page.waitForURL(`**/topics/${topic}`);
    await page.locator('.status-parts', { hasText: 'Not read yet' }).waitFor();

    const cards = realContent.quizzes.get(topic)!.cards.length;
    await page.locator('.lesson-end').getByRole('button', { name: 'Mark as read' }).click();
    await page.locator('.status-parts', { hasText: 'Read' }).first().waitFor();
    await page.locator('.lesson-end').getByRole('button', { name: 'Undo' }).waitFor();

    // The first question wrong, every other right.
    const questions = questionsOf(topic);
    for (const [i, question] of questions.entries()) await answer(page, question, i > 0);
    await page.getByRole('button', { name: 'Check my answers' }).click();
    const summary = page.locator('.quiz-summary');
    await summary.waitFor();
    const text = await summary.textContent();
    expect(text).toContain(`${questions.length - 1} of ${questions.length} right`);
    expect(text).toContain('The 1 question you missed became review cards');
    expect(text).not.toContain('You tested out');
    const first = page.locator('.quiz-questions li').first();
    expect(await first.getAttribute('class')).toContain('is-wrong');
    expect(await seriousViolations(page)).toEqual([]);

    // The lesson's cards and the missed question are all due now.
    const due = cards + 1;
    await page.getByRole('link', { name: 'Reviews', exact: true }).click();
    await page.getByText(`1 of ${due}`).waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: /Good/ }).waitFor();
    await page.keyboard.press('3');
    await page.getByText(`2 of ${due}`).waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: /Again/ }).waitFor();
    await page.keyboard.press('1');
    await page.getByText(`3 of ${due}`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Home shows the day: the lesson read, the quiz, two reviews, and fewer cards due.
    await page.getByRole('link', { name: 'Stafflab', exact: false }).first().click();
    await page.getByRole('heading', { name: 'Hello, Jo Journey' }).waitFor();
    const activity = page.locator('.recent-activity');
    await activity.getByText(`Read “${title}”`).waitFor();
    await activity
      .getByText(`quiz on “${title}”: ${questions.length - 1} of ${questions.length}`)
      .waitFor();
    await activity.getByText('Reviewed 2 cards').waitFor();
    // Again sends a card back a minute later, so at most one of the two reviewed is due again.
    const left = Number(
      (await page.locator('.reviews-due-count strong').textContent())!.split(' ')[0],
    );
    expect(left).toBeGreaterThanOrEqual(due - 2);
    expect(left).toBeLessThanOrEqual(due - 1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
