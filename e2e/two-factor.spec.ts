// Two-factor sign-in journeys: an authenticator app (codes computed here from the key shown at
// enrolment), recovery codes, passkeys on Chromium's virtual authenticator, a role that requires a
// second factor, removal, and an admin reset.
import { Secret, TOTP } from 'otpauth';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { createAccount, type Account } from './pages/staff';

const codeFor = (secret: string, offsetSteps = 0) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });

/**
 * A code for a time step after the last one used (each step works once; the server accepts one step
 * either side of now): the next step's code when this step's is spent, so nothing waits for the clock.
 * Only when the next step is spent too does it wait for the clock to move on.
 */
async function freshCode(secret: string, used: { lastStep: number }): Promise<string> {
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max(now, used.lastStep + 1);
    if (step <= now + 1) {
      used.lastStep = step;
      return codeFor(secret, step - now);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login\?signedOut=1/);
}

async function passwordStep(page: Page, account: Account) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Chromium's virtual authenticator (CDP WebAuthn domain): a platform passkey with user verification. */
async function addVirtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return { cdp, authenticatorId };
}

test('an authenticator app: enrol, sign in with a code, use a recovery code, regenerate, remove', async ({ page, browser }) => {
  // Each 30-second step's code works once: signing in right after enrolling uses the next step's code.
  test.setTimeout(120_000);
  const account = await createAccount(browser, 'author', 'Totp');
  const used = { lastStep: 0 };
  await signIn(page, account);
  await page.goto('/dashboard/profile');
  const panel = page.getByTestId('totp-panel');
  await panel.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(panel.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const secret = (await panel.getByTestId('totp-secret').textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  // A wrong code first: the message is next to the field and nothing is set up.
  await panel.getByLabel('Code from the app').fill('000000' === codeFor(secret) ? '111111' : '000000');
  await panel.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator('#totp-enrol-code-error')).toContainText('does not match');
  await panel.getByLabel('Code from the app').fill(await freshCode(secret, used));
  await panel.getByRole('button', { name: 'Confirm' }).click();
  await expect(panel.getByRole('status')).toContainText('Authenticator app set up');
  const codes = (await panel.getByTestId('recovery-codes').locator('code').allTextContents()).map((c) => c.trim());
  expect(codes).toHaveLength(10);

  // Sign out and back in: the password alone is not enough now. (This browser is forgotten as a known
  // device first: it was marked when the password alone was the whole sign-in.)
  await signOut(page);
  await page.context().clearCookies({ name: 'byline-known-device' });
  await passwordStep(page, account);
  await expect(page.getByRole('heading', { name: 'Confirm it’s you' })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Authentication code').fill('12345');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.locator('#totp-code-error')).toHaveText('The code is 6 digits.');
  expect((await page.context().cookies()).some((c) => c.name === 'byline-known-device'), 'the password alone marks no device').toBe(false);
  await page.getByLabel('Authentication code').fill(await freshCode(secret, used));
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.waitForURL(/\/dashboard/);
  // The whole sign-in marks this browser as a known device of the account (its own password throttle).
  expect((await page.context().cookies()).some((c) => c.name === 'byline-known-device')).toBe(true);

  // A recovery code instead: works once.
  await signOut(page);
  await passwordStep(page, account);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(codes[0]!);
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.waitForURL(/\/dashboard/);
  await signOut(page);
  await passwordStep(page, account);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(codes[0]!);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.locator('#recovery-code-error')).toContainText('That code is not right');
  await page.getByLabel('Recovery code').fill(codes[1]!);
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.waitForURL(/\/dashboard/);

  // Eight left; a new set replaces them.
  await page.goto('/dashboard/profile');
  const recovery = page.getByTestId('recovery-panel');
  await expect(recovery).toContainText('8 unused recovery codes left');
  await recovery.getByRole('button', { name: 'Generate new recovery codes' }).click();
  await expect(recovery.getByTestId('recovery-codes').locator('code')).toHaveCount(10);
  const fresh = (await recovery.getByTestId('recovery-codes').locator('code').allTextContents()).map((c) => c.trim());
  expect(fresh).not.toContain(codes[2]);

  // Remove the app: signing in asks for the password only again.
  await page.getByTestId('totp-panel').getByRole('button', { name: 'Remove authenticator app' }).click();
  await expect(page.getByTestId('totp-panel').getByRole('status')).toHaveText('Authenticator app removed.');
  await expect(page.getByTestId('totp-panel').getByRole('button', { name: 'Set up an authenticator app' })).toBeVisible();
  await signOut(page);
  await signIn(page, account);
});

test('passkeys: add two, sign in with one alone, use one as the second factor, remove them', async ({ page, browser, context }) => {
  const account = await createAccount(browser, 'editor', 'Passkey');
  const { cdp, authenticatorId } = await addVirtualAuthenticator(context, page);
  await signIn(page, account);
  await page.goto('/dashboard/profile');
  const panel = page.getByTestId('passkey-panel');
  await expect(panel).toContainText('No passkeys yet');
  // A name is needed first; the message sits by the field.
  await panel.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(page.locator('#passkey-name-error')).toContainText('Give the passkey a name');
  await panel.getByLabel('Device or key').fill('Work laptop');
  await panel.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(panel.getByRole('status')).toHaveText('Passkey “Work laptop” added.');
  await expect(panel.getByTestId('recovery-codes').locator('code')).toHaveCount(10);
  await expect(panel.getByTestId('passkey-item')).toHaveCount(1);
  await expect(panel.getByTestId('passkey-item')).toContainText('not used yet');
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials).toHaveLength(1);

  // Passkey alone, from the sign-in page: no password typed.
  await signOut(page);
  await page.getByRole('button', { name: 'Use a passkey' }).click();
  await page.waitForURL(/\/dashboard/);
  await page.goto('/dashboard/profile');
  await expect(page.getByTestId('passkey-item')).toContainText('last used');

  // A second passkey (another authenticator, as a phone or security key would be).
  await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
  const second = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'usb', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  await page.getByTestId('passkey-panel').getByLabel('Device or key').fill('Security key');
  await page.getByTestId('passkey-panel').getByRole('button', { name: 'Add a passkey' }).click();
  await expect(page.getByTestId('passkey-item')).toHaveCount(2);

  // Changing the password ends this session too: the sign-in page takes the new password, then the second factor.
  await page.getByLabel('Current password').fill(account.password);
  await page.getByLabel('New password', { exact: true }).fill('a brand new password for passkeys');
  await page.getByLabel('Repeat the new password').fill('a brand new password for passkeys');
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.waitForURL(/\/login\?.*passwordSet=1/);
  await expect(page.getByText('Your password is set.')).toBeVisible();
  account.password = 'a brand new password for passkeys';

  // As the second factor after the password.
  await passwordStep(page, account);
  await expect(page.getByRole('heading', { name: 'Confirm it’s you' })).toBeVisible();
  await page.getByRole('button', { name: 'Use a passkey' }).click();
  await page.waitForURL(/\/dashboard/);

  // Remove both.
  await page.goto('/dashboard/profile');
  await page.getByRole('button', { name: 'Remove passkey Work laptop' }).click();
  await expect(page.getByTestId('passkey-item')).toHaveCount(1);
  await page.getByRole('button', { name: 'Remove passkey Security key' }).click();
  await expect(page.getByTestId('passkey-panel')).toContainText('No passkeys yet');
  // With none registered, the removed passkey no longer signs in.
  await signOut(page);
  await page.getByRole('button', { name: 'Use a passkey' }).click();
  await expect(page.locator('#passkey-sign-in-error')).toContainText('not accepted');
  await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: second.authenticatorId });
});
