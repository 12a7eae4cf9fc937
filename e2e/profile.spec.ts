// Everyone's own profile: public details, a photo (contributors too), and a password change that keeps
// this browser signed in while the old password stops working.
import sharp from 'sharp';
import { expect, test, signIn } from './fixtures';
import { createAccount } from './pages/staff';

test('a contributor edits their profile, sets a photo and changes their password', async ({ page, browser }) => {
  const account = await createAccount(browser, 'contributor', 'Profiled');
  await signIn(page, account);
  await page.goto('/dashboard/profile');

  // A bad slug first: the message sits by the field and nothing typed is lost.
  const slug = `profiled-${Date.now().toString(36)}`;
  await page.getByLabel('Name').fill(`${account.name} Renamed`);
  await page.getByLabel('Public slug').fill('Not A Slug');
  await page.getByLabel('Bio').fill('Writes about harbours and the people who work in them.');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.locator('#profile-slug-error')).toContainText('lower-case letters');
  await expect(page.getByLabel('Name')).toHaveValue(`${account.name} Renamed`);
  await expect(page.getByLabel('Bio')).toHaveValue('Writes about harbours and the people who work in them.');
  await page.getByLabel('Public slug').fill(slug);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  await expect(page.locator('.dash-user')).toContainText(`${account.name} Renamed`);

  const png = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#2b6a8f' } }).png().toBuffer();
  await page.getByLabel('New photo').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('button', { name: 'Upload photo' }).click();
  await expect(page.getByText('Photo updated.')).toBeVisible();
  await expect(page.getByRole('img', { name: /Photo of/ })).toBeVisible();

  await page.getByLabel('Current password').fill('not my password');
  await page.getByLabel('New password', { exact: true }).fill('a completely new password');
  await page.getByLabel('Repeat the new password').fill('a completely new password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('#pw-current-error')).toHaveText('That is not your current password.');

  await page.getByLabel('Current password').fill(account.password);
  await page.getByLabel('New password', { exact: true }).fill('a completely new password');
  await page.getByLabel('Repeat the new password').fill('a completely new password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed.')).toBeVisible();
  // Still signed in here.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your profile' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Wrong email or password.');
  await signIn(page, { email: account.email, password: 'a completely new password' });
});
