// Staff accounts end to end: an admin adds someone, the one-time link works once, and disabling or
// demoting a signed-in person takes effect on their very next request. Pages refuse the wrong roles.
import { expect, test, signIn } from './fixtures';
import { addStaffMember, createAccount, setPasswordFromLink, staffCard, uniquePerson } from './pages/staff';

test('an admin adds a staff member; the set-password link works once, then is dead', async ({ page, browser }) => {
  await signIn(page, 'admin');
  const person = uniquePerson('Newcomer');
  const link = await addStaffMember(page, { ...person, role: 'contributor' });
  expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
  await expect(staffCard(page, person.email)).toContainText('Waiting for password');

  // The newcomer, in their own browser.
  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto(new URL(link).pathname);
  await expect(newcomer.getByText(`For ${person.name} (${person.email})`)).toBeVisible();
  // Too short first: the message sits next to the field.
  await newcomer.getByLabel('New password').fill('short');
  await newcomer.getByLabel('Repeat the password').fill('short');
  await newcomer.getByRole('button', { name: 'Set password' }).click();
  await expect(newcomer.locator('#password-error')).toContainText('at least 12 characters');
  const password = 'a sturdy newcomer password';
  await setPasswordFromLink(newcomer, link, password);
  await expect(newcomer.getByText('Your password is set.')).toBeVisible();
  await signIn(newcomer, { email: person.email, password });
  await newcomer.goto('/dashboard/profile');
  await expect(newcomer.locator('.dash-user')).toContainText(person.name);

  // The same link a second time.
  await newcomer.goto(new URL(link).pathname);
  await expect(newcomer.getByRole('main').getByRole('alert').filter({ hasText: 'already been used' })).toBeVisible();
  await expect(newcomer.getByLabel('New password')).toHaveCount(0);
  await context.close();

  await page.reload();
  await expect(staffCard(page, person.email)).toContainText('Active');
});

test('a disabled person is thrown out on their next request and cannot sign in again', async ({ page, browser }) => {
  const account = await createAccount(browser, 'author', 'Leaver');
  const context = await browser.newContext();
  const leaver = await context.newPage();
  await signIn(leaver, account);
  await leaver.goto('/dashboard/profile');
  await expect(leaver.getByRole('heading', { name: 'Your profile' })).toBeVisible();

  await signIn(page, 'admin');
  await page.goto('/dashboard/staff');
  const card = staffCard(page, account.email);
  await card.getByRole('button', { name: `Disable ${account.name}` }).click();
  await expect(card.getByRole('status')).toContainText('Disabled');
  await expect(card).toContainText('Disabled');

  // Their very next request.
  await leaver.goto('/dashboard/profile');
  await expect(leaver).toHaveURL(/\/login\?callbackUrl=%2Fdashboard%2Fprofile$/);
  await leaver.getByLabel('Email').fill(account.email);
  await leaver.getByLabel('Password').fill(account.password);
  await leaver.getByRole('button', { name: 'Sign in' }).click();
  await expect(leaver.getByRole('main').getByRole('alert')).toHaveText(/disabled/);

  // Re-enabled, they can sign in again.
  await card.getByRole('button', { name: `Re-enable ${account.name}` }).click();
  await expect(card.getByRole('status')).toContainText('Re-enabled');
  await signIn(leaver, account);
  await context.close();
});

test('a demoted admin loses staff administration on their next request', async ({ page, browser }) => {
  const account = await createAccount(browser, 'admin', 'Deputy');
  const context = await browser.newContext();
  const deputy = await context.newPage();
  await signIn(deputy, account);
  await deputy.goto('/dashboard/staff');
  await expect(deputy.getByRole('heading', { name: 'Staff', exact: true })).toBeVisible();

  await signIn(page, 'admin');
  await page.goto('/dashboard/staff');
  const card = staffCard(page, account.email);
  await card.getByLabel(`Role for ${account.name}`).selectOption('author');
  await card.getByRole('button', { name: 'Change role' }).click();
  await expect(card.getByRole('status')).toContainText('Role is now Author');

  // The old session no longer counts...
  await deputy.goto('/dashboard/staff');
  await expect(deputy).toHaveURL(/\/login\?callbackUrl=%2Fdashboard%2Fstaff$/);
  // ...and signed in again, the new role applies.
  await deputy.getByLabel('Email').fill(account.email);
  await deputy.getByLabel('Password').fill(account.password);
  await deputy.getByRole('button', { name: 'Sign in' }).click();
  await expect(deputy).toHaveURL(/\/dashboard\/staff$/);
  await expect(deputy.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await expect(deputy.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Staff' })).toHaveCount(0);
  await context.close();
});

test('a password reset kills the old password and sessions and hands out a new link', async ({ page, browser }) => {
  const account = await createAccount(browser, 'contributor', 'Forgetful');
  const context = await browser.newContext();
  const forgetful = await context.newPage();
  await signIn(forgetful, account);

  await signIn(page, 'admin');
  await page.goto('/dashboard/staff');
  const card = staffCard(page, account.email);
  await card.getByRole('button', { name: `Reset password for ${account.name}` }).click();
  const link = await card.getByTestId('set-password-link').inputValue();

  await forgetful.goto('/dashboard/profile');
  await expect(forgetful).toHaveURL(/\/login/);
  await forgetful.getByLabel('Email').fill(account.email);
  await forgetful.getByLabel('Password').fill(account.password);
  await forgetful.getByRole('button', { name: 'Sign in' }).click();
  await expect(forgetful.getByRole('main').getByRole('alert')).toHaveText('Wrong email or password.');
  await setPasswordFromLink(forgetful, link, 'a freshly chosen password');
  await signIn(forgetful, { email: account.email, password: 'a freshly chosen password' });
  await context.close();
});

test('a form error keeps what the admin typed', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/dashboard/staff');
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Add staff member' }) });
  await form.getByLabel('Name', { exact: true }).fill('Duplicate Person');
  await form.getByLabel('Email', { exact: true }).fill('editor@example.com');
  await form.getByLabel('Role', { exact: true }).selectOption('editor');
  await form.getByRole('button', { name: 'Add staff member' }).click();
  await expect(form.locator('#staff-email-error')).toHaveText('Someone on the staff already uses this email.');
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Duplicate Person');
  await expect(form.getByLabel('Email', { exact: true })).toHaveValue('editor@example.com');
  await expect(form.getByLabel('Role', { exact: true })).toHaveValue('editor');
});

for (const role of ['contributor', 'author', 'editor'] as const) {
  test(`${role}: staff and settings pages are not allowed, and not linked`, async ({ page }) => {
    await signIn(page, role);
    for (const path of ['/dashboard/staff', '/dashboard/settings']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Add staff member' })).toHaveCount(0);
      await expect(page.getByLabel('Site name')).toHaveCount(0);
    }
    const nav = page.getByRole('navigation', { name: 'Dashboard' });
    await expect(nav.getByRole('link', { name: 'Your profile' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Staff' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Settings' })).toHaveCount(0);
  });
}

test('admin: staff and settings pages open and are linked', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/dashboard/settings');
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
  await expect(page.getByLabel('Site name')).not.toHaveValue('');
  const nav = page.getByRole('navigation', { name: 'Dashboard' });
  await expect(nav.getByRole('link', { name: 'Staff' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
});
