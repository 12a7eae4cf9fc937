// A role that requires a second factor: enrolment at sign-in, the last factor kept, an admin reset.
// It changes a site-wide setting, so it runs in its own Playwright project after every other spec
// (playwright.config.ts), never beside a spec that signs people of that role in.
import { Secret, TOTP } from 'otpauth';
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { createAccount, staffCard, type Account } from './pages/staff';

const codeFor = (secret: string) => new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate();

async function passwordStep(page: Page, account: Account) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a role that requires a second factor: enrol at sign-in, cannot remove the last, admin resets it, enrol again with a passkey', async ({ page, browser, context }) => {
  const account = await createAccount(browser, 'contributor', 'Required');
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  try {
    await signIn(adminPage, 'admin');
    await adminPage.goto('/dashboard/settings');
    await adminPage.getByRole('checkbox', { name: 'Contributor' }).check();
    await adminPage.getByRole('button', { name: 'Save requirement' }).click();
    await expect(adminPage.getByText('Second-factor requirement saved.')).toBeVisible();

    // The password step leads to enrolment, not the dashboard.
    await passwordStep(page, account);
    await expect(page.getByRole('heading', { name: 'Set up a second factor' })).toBeVisible();
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/login/);
    await passwordStep(page, account);
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    await page.getByLabel('Code from the app').fill('99999');
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await expect(page.locator('#enrol-code-error')).toContainText('6-digit');
    await page.getByLabel('Code from the app').fill(codeFor(secret));
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await expect(page.getByTestId('recovery-codes').locator('code')).toHaveCount(10);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/dashboard/);

    // The last factor cannot be removed while the role requires one.
    await page.goto('/dashboard/profile');
    await page.getByTestId('totp-panel').getByRole('button', { name: 'Remove authenticator app' }).click();
    await expect(page.getByTestId('totp-panel').getByRole('alert')).toContainText('Your role requires a second factor');
    await page.reload();
    await expect(page.getByTestId('totp-panel').getByRole('button', { name: 'Remove authenticator app' })).toBeVisible();

    // The admin sees it and resets it: this session ends, and the next sign-in enrols again.
    await adminPage.goto('/dashboard/staff');
    const card = staffCard(adminPage, account.email);
    await expect(card).toContainText('Two-factor');
    await card.getByRole('button', { name: /Reset second factor for/ }).click();
    await expect(card).toContainText('No second factor');
    await page.goto('/dashboard/profile');
    await expect(page).toHaveURL(/\/login/);
    await passwordStep(page, account);
    await expect(page.getByRole('heading', { name: 'Set up a second factor' })).toBeVisible();

    // This time a passkey instead of an app (Chromium's virtual authenticator).
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable', { enableUI: false });
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });
    await page.getByRole('button', { name: 'Add a passkey instead' }).click();
    await expect(page.locator('#enrol-passkey-name-error')).toContainText('Give the passkey a name');
    await page.getByLabel('Device or key').fill('Newsroom laptop');
    await page.getByRole('button', { name: 'Add a passkey instead' }).click();
    await expect(page.getByRole('heading', { name: 'Your second factor is set up' })).toBeVisible();
    await expect(page.getByTestId('recovery-codes').locator('code')).toHaveCount(10);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/dashboard/);
    await page.goto('/dashboard/profile');
    await expect(page.getByTestId('passkey-item')).toContainText('Newsroom laptop');
    await expect(page.getByTestId('totp-panel').getByRole('button', { name: 'Set up an authenticator app' })).toBeVisible();
  } finally {
    await adminPage.goto('/dashboard/settings');
    await adminPage.getByRole('checkbox', { name: 'Contributor' }).uncheck();
    await adminPage.getByRole('button', { name: 'Save requirement' }).click();
    await expect(adminPage.getByText('Second-factor requirement saved.')).toBeVisible();
    await admin.close();
  }
});
