// Accounts as people use them: the first sign-up becomes the admin, the admin invites a
// learner and hands them a password-reset link, the learner uses both, then erases the account.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, openPage } from './support/browser.js';
import { signUpInBrowser, useBrowserServer } from './support/browser-server.js';
import { seriousViolations } from './support/axe.js';

async function fill(page: Page, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields))
    await page.getByLabel(label, { exact: true }).fill(value);
}

describe.skipIf(!hasBrowser)('accounts in the browser', () => {
  const server = useBrowserServer();

  it('takes an admin through an invite and a password reset, and a learner through both', async () => {
    const admin = await openPage(server.browser);
    await signUpInBrowser(admin.page, server.url, {
      name: 'Ada Admin',
      email: 'ada@example.com',
      password: 'correct horse battery',
    });
    await admin.page.getByRole('link', { name: 'Admin', exact: true }).click();
    await admin.page.locator('main h1', { hasText: 'Admin' }).waitFor();
    expect(await seriousViolations(admin.page)).toEqual([]);

    await admin.page.getByRole('button', { name: 'Create invite link' }).click();
    const inviteUrl = await admin.page.getByLabel('Invite (learner)').inputValue();
    expect(inviteUrl).toMatch(/\/signup\?invite=/);

    const learner = await openPage(server.browser);
    await learner.page.goto(inviteUrl);
    await learner.page.getByText('You were invited').waitFor();
    // A common password is refused next to its field.
    await fill(learner.page, {
      Name: 'Lin Learner',
      Email: 'lin@example.com',
      Password: 'password123',
    });
    await learner.page.getByRole('button', { name: 'Create account' }).click();
    await learner.page.locator('.field-error').waitFor();
    await fill(learner.page, { Password: 'a long and unusual phrase' });
    await learner.page.getByRole('button', { name: 'Create account' }).click();
    await learner.page.getByRole('link', { name: 'Lin Learner' }).waitFor();
    expect(await learner.page.getByRole('link', { name: 'Admin', exact: true }).count()).toBe(0);

    await admin.page.reload();
    const row = admin.page.locator('.user-list li', { hasText: 'lin@example.com' });
    await row.getByRole('button', { name: 'Reset link' }).click();
    const resetUrl = await admin.page
      .getByLabel('Password-reset link for lin@example.com')
      .inputValue();

    await learner.page.goto(resetUrl);
    await fill(learner.page, { 'New password': 'another long phrase here' });
    await learner.page.getByRole('button', { name: 'Set password' }).click();
    await learner.page.getByText('Every session of this account has been signed out').waitFor();
    // The link works once.
    await learner.page.goto(resetUrl);
    await fill(learner.page, { 'New password': 'yet another long phrase' });
    await learner.page.getByRole('button', { name: 'Set password' }).click();
    await learner.page.locator('.form-error').waitFor();

    await learner.page.goto(`${server.url}/signin`);
    await fill(learner.page, { Email: 'lin@example.com', Password: 'a long and unusual phrase' });
    await learner.page.getByRole('button', { name: 'Sign in' }).click();
    expect(await learner.page.locator('.form-error').textContent()).toBe(
      'The email or password is incorrect.',
    );
    await fill(learner.page, { Password: 'another long phrase here' });
    await learner.page.getByRole('button', { name: 'Sign in' }).click();
    await learner.page.getByRole('link', { name: 'Lin Learner' }).click();
    await learner.page.locator('main h1', { hasText: 'Your account' }).waitFor();
    expect(await seriousViolations(learner.page)).toEqual([]);

    await fill(learner.page, { 'Your password, to confirm': 'another long phrase here' });
    await learner.page.getByRole('button', { name: 'Delete my account' }).click();
    await learner.page.locator('.topbar').getByRole('link', { name: 'Sign in' }).waitFor();
    await admin.page.reload();
    await admin.page.locator('.user-list li').first().waitFor();
    expect(await admin.page.locator('.user-list li', { hasText: 'lin@example.com' }).count()).toBe(
      0,
    );

    // On a phone the account links move from the top bar into the menu, and nothing overflows.
    await admin.page.setViewportSize({ width: 360, height: 740 });
    await admin.page.reload();
    await admin.page.locator('main h1').waitFor();
    expect(
      await admin.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await admin.page.getByRole('button', { name: 'Menu' }).click();
    await admin.page.locator('#program-nav').getByRole('button', { name: 'Sign out' }).click();
    await admin.page.locator('.topbar').getByRole('link', { name: 'Sign in' }).waitFor();

    expect(admin.errors.filter((e) => !e.includes('status of 4'))).toEqual([]);
    await admin.close();
    await learner.close();
  });
});
