// The audit log as an admin reads it (filter by person and action, find a publish and a sign-in), and
// the new staff pages checked with axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, signIn } from './fixtures';
import { startArticle, uniqueHeadline } from './pages/editor';
import { createAccount } from './pages/staff';

test('an admin filters the audit log and sees a publish and a sign-in', async ({ page, browser }) => {
  const account = await createAccount(browser, 'editor', 'Audited');
  const headline = uniqueHeadline('Audit trail for the harbour plan');
  const writerContext = await browser.newContext();
  try {
    const writer = await writerContext.newPage();
    await signIn(writer, account);
    await startArticle(writer, headline, 'The harbour plan was approved on Tuesday.');
    await writer.getByRole('button', { name: 'Publish now' }).click();
    await expect(writer.getByText('Published. Readers can see it now.')).toBeVisible();
  } finally {
    await writerContext.close();
  }

  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();

  const person = `${account.name} (${account.email})`;
  await page.getByLabel('Person').selectOption({ label: person });
  await page.getByLabel('Action').selectOption({ label: 'Article published' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/action=article\.published/);
  const entries = page.getByRole('table', { name: 'Audit entries' }).locator('tbody tr');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText(`Published “${headline}”`);
  await expect(entries.first()).toContainText(account.name);
  // The e2e server is reached on localhost: the address is IPv4 or IPv6 loopback.
  await expect(entries.first()).toContainText(/127\.0\.0\.1|::1/);

  await page.getByLabel('Action').selectOption({ label: 'Signed in' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText(/Signed in with a password \(.*Chrome on \w+\)/);

  // A bad date range is explained next to the field, and the other filters stay as chosen.
  await page.getByLabel('From').fill('2026-12-31');
  await page.getByLabel('To (inclusive)').fill('2026-01-01');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.locator('#audit-to-error')).toHaveText('The end date is before the start date.');
  await expect(page.getByLabel('Person')).toHaveValue(/[0-9a-f-]{36}/);
});

test('the audit log is for admins only', async ({ page }) => {
  await signIn(page, 'editor');
  await expect(page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await page.goto('/dashboard/audit');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Audit entries' })).toHaveCount(0);
});

test('the audit log, your sessions and the staff sessions have no axe violations, on a phone and a desktop', async ({ page }) => {
  await signIn(page, 'admin');
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/dashboard/audit', '/dashboard/audit?from=2026-12-31&to=2026-01-01&action=nonsense', '/dashboard/profile/sessions', '/dashboard/staff']) {
      await test.step(`${path} at ${width}px`, async () => {
        await page.goto(path);
        if (path === '/dashboard/staff') await page.locator('.staff-sessions summary').first().click();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} horizontal overflow`).toBeLessThanOrEqual(0);
      });
    }
  }
});
