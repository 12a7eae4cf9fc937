// Signing in and out: return to the page first asked for, one message for wrong passwords and unknown
// emails, the throttle after repeated failures (sparing the owner's known device), and no redirects off the site.
import { expect, test, signIn } from './fixtures';
import { createAccount } from './pages/staff';

test('an anonymous visitor is sent to sign in and comes back to the page they asked for', async ({ page }) => {
  await page.goto('/dashboard/profile');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard%2Fprofile$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill('editor@example.com');
  await page.getByLabel('Password').fill('byline-editor-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard\/profile$/);
  await expect(page.getByRole('heading', { name: 'Your profile' })).toBeVisible();
});

test('sign in shows who is signed in; sign out ends the session', async ({ page }) => {
  await signIn(page, 'author');
  await page.goto('/dashboard/profile');
  await expect(page.locator('.dash-user')).toContainText('Priya Castell');
  await expect(page.locator('.dash-user')).toContainText('Author');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);
});

test('a wrong password and an unknown email get the same message, and the email stays typed', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('contributor@example.com');
  await page.getByLabel('Password').fill('not the right password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toHaveText('Wrong email or password.');
  await expect(page.getByLabel('Email')).toHaveValue('contributor@example.com');
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel('Email').fill('nobody-here@example.com');
  await page.getByLabel('Password').fill('not the right password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(alert).toHaveText('Wrong email or password.');
  await expect(page.getByLabel('Email')).toHaveValue('nobody-here@example.com');
});

test('repeated failures slow strangers down, but never lock the owner out of a device they signed in on before', async ({ page, browser }) => {
  // A dedicated account, so the demo logins other tests use are never slowed.
  const account = await createAccount(browser, 'author', 'Throttled');
  // The owner signs in once on their own browser, which remembers it as a known device, then signs out.
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signIn(owner, account);
  await owner.getByRole('button', { name: 'Sign out' }).click();
  await expect(owner).toHaveURL(/\/login\?signedOut=1/);

  // A stranger guesses from another browser until the account makes them wait.
  await page.goto('/login');
  const alert = page.getByRole('main').getByRole('alert');
  // Guess until the wait is long enough (8 s or more) that the next step surely falls inside it.
  let wait = 0;
  for (let attempt = 1; wait < 8; attempt++) {
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(`wrong guess ${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(alert).toHaveText(/^(Wrong email or password\.|Too many attempts\. Try again in \d+ seconds?\.)$/);
    // Wait for the attempt to finish before the next (the button is disabled while pending).
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    const text = (await alert.textContent()) ?? '';
    wait = Number(/in (\d+) second/.exec(text)?.[1] ?? 0);
    // Sit out a short wait, as a patient guesser would; the next failure doubles it.
    if (wait > 0 && wait < 8) await page.waitForTimeout(wait * 1000 + 200);
    expect(attempt).toBeLessThan(12);
  }
  // Even the right password waits a few seconds in a browser the account has never signed in on.
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(alert).toHaveText(/^Too many attempts\. Try again in \d+ seconds?\.$/);
  await expect(page).toHaveURL(/\/login/);

  // The owner, on their known device, gets straight in.
  await signIn(owner, account);
  await expect(owner).toHaveURL(/\/dashboard/);
  await ownerContext.close();
});

test('the return address cannot point off the site', async ({ page }) => {
  await page.goto('/login?callbackUrl=https%3A%2F%2Fevil.example%2F');
  await page.getByLabel('Email').fill('editor@example.com');
  await page.getByLabel('Password').fill('byline-editor-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});
