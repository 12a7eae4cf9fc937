// Server-side sessions: signing out ends the session on the server (a copied cookie stops working),
// staff see where they are signed in and end other devices, admins end anyone's sessions.
import { expect, test, signIn } from './fixtures';
import { createAccount } from './pages/staff';

test('a session cookie copied before "Sign out" no longer opens the dashboard', async ({ page, browser }) => {
  const account = await createAccount(browser, 'author', 'Replay');
  await signIn(page, account);
  const copied = await page.context().cookies();
  expect(copied.some((c) => c.name.includes('session-token'))).toBe(true);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);

  // Someone who kept the cookie replays it in another browser.
  const thief = await browser.newContext();
  try {
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto('/dashboard');
    await expect(stolen).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);
    await stolen.goto('/dashboard/profile');
    await expect(stolen).toHaveURL(/\/login/);
  } finally {
    await thief.close();
  }
});
