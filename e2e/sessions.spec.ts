// Server-side sessions: signing out ends the session on the server (a copied cookie stops working),
// staff see where they are signed in and end other devices, admins end anyone's sessions.
import { expect, test, signIn } from './fixtures';
import { pngBuffer } from './pages/editor';
import { createAccount, staffCard } from './pages/staff';

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
    // Writes are refused too (an author may upload images while signed in).
    const upload = await stolen.request.post('/api/media', { multipart: { file: { name: 'x.png', mimeType: 'image/png', buffer: await pngBuffer() } } });
    expect(upload.status()).toBe(401);
  } finally {
    await thief.close();
  }
});

test('staff see their sessions in two browsers and end the other one, which is then signed out', async ({ page, browser }) => {
  const account = await createAccount(browser, 'contributor', 'Twodevices');
  await signIn(page, account);
  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    await signIn(other, account);

    await page.goto('/dashboard/profile');
    await page.getByRole('link', { name: 'See where you’re signed in' }).click();
    await expect(page.getByRole('heading', { name: 'Where you’re signed in' })).toBeVisible();
    const rows = page.getByRole('table', { name: 'Your sessions' }).locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: 'This device' })).toHaveCount(1);
    const otherRow = rows.filter({ hasNotText: 'This device' });
    await expect(otherRow).toContainText(/Chrome on \w+/);
    // The e2e server is reached on localhost: the address is IPv4 or IPv6 loopback.
    await expect(otherRow).toContainText(/127\.0\.0\.1|::1/);
    await otherRow.getByRole('button', { name: /End session on/ }).click();
    await expect(page.getByText('Session ended: that device is signed out.')).toBeVisible();
    await expect(rows).toHaveCount(1);

    // The other browser is signed out on its next request; this one carries on.
    await other.goto('/dashboard');
    await expect(other).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  } finally {
    await otherContext.close();
  }
});

test('an admin ends a staff member’s sessions from the staff page', async ({ page, browser }) => {
  const account = await createAccount(browser, 'author', 'Endedbyadmin');
  const theirContext = await browser.newContext();
  try {
    const theirs = await theirContext.newPage();
    await signIn(theirs, account);
    await theirs.goto('/dashboard/profile');
    await expect(theirs.getByRole('heading', { name: 'Your profile' })).toBeVisible();

    await signIn(page, 'admin');
    await page.goto('/dashboard/staff');
    const card = staffCard(page, account.email);
    await card.getByText('Active sessions (1)').click();
    await expect(card.getByRole('table', { name: `Sessions of ${account.name}` })).toContainText(/Chrome on \w+/);
    await card.getByRole('button', { name: `End all sessions of ${account.name}` }).click();
    await expect(card.getByText('Ended 1 session: signed out on their next click.')).toBeVisible();

    await theirs.reload();
    await expect(theirs).toHaveURL(/\/login\?callbackUrl=%2Fdashboard%2Fprofile$/);
  } finally {
    await theirContext.close();
  }
});
