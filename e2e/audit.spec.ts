// The audit log as an admin reads it (filter by person and action, find a publish and a sign-in), and
// the new staff pages checked with axe.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, test, signIn } from './fixtures';
import { startArticle, uniqueHeadline } from './pages/editor';
import { addStaffMember, setPasswordFromLink, staffCard, uniquePerson } from './pages/staff';

// The three tests make their own accounts and rows: they may run beside each other.
test.describe.configure({ mode: 'parallel' });

/**
 * An editor of the test's own, added by the admin already signed in on `admin` (one admin sign-in
 * per test), signed in on a browser context of its own; with their user id for the log's filter.
 */
async function ownEditor(admin: Page, browser: Browser, prefix: string) {
  const account = { ...uniquePerson(prefix), password: `e2e password ${Date.now()}` };
  const link = await addStaffMember(admin, { ...account, role: 'editor' });
  const userId = await staffCard(admin, account.email).locator('input[name="userId"]').first().inputValue();
  const context = await browser.newContext();
  const tab = await context.newPage();
  await setPasswordFromLink(tab, link, account.password);
  await signIn(tab, account);
  return { account, userId, context, tab };
}

test('an admin filters the audit log and sees a publish and a sign-in', async ({ page, browser }) => {
  // A whole journey (add a person, write and publish, filter three times): ~45 s on the loaded 2-core machine.
  test.setTimeout(90_000);
  await signIn(page, 'admin');
  const { account, context: writerContext, tab: writer } = await ownEditor(page, browser, 'Audited');
  const headline = uniqueHeadline('Audit trail for the harbour plan');
  try {
    await startArticle(writer, headline, 'The harbour plan was approved on Tuesday.');
    await writer.getByRole('button', { name: 'Publish now' }).click();
    await expect(writer.getByText('Published. Readers can see it now.')).toBeVisible();
  } finally {
    await writerContext.close();
  }

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

test('the audit log, your sessions and the staff sessions have no axe violations, on a phone and a desktop', async ({ page, browser }) => {
  // Scoped to rows this test makes: other specs write audit entries, sessions and staff beside it, so
  // the log is read filtered to a person of its own, the sessions page is that person's, and axe leaves
  // out the other staff cards.
  // Eight axe analyses of a few seconds each on the 2-core CI machine, after making an account.
  test.setTimeout(120_000);
  await signIn(page, 'admin');
  const { account, userId: person, context: ownContext, tab: own } = await ownEditor(page, browser, 'Axe');
  try {
    const card = `li.staff-item[data-email="${account.email}"]`;
    const pages = [
      { path: `/dashboard/audit?person=${person}`, tab: page },
      { path: `/dashboard/audit?person=${person}&from=2026-12-31&to=2026-01-01&action=nonsense`, tab: page },
      { path: '/dashboard/profile/sessions', tab: own },
      { path: '/dashboard/staff', tab: page },
    ];
    for (const width of [320, 1280]) {
      for (const { path, tab } of pages) {
        await test.step(`${path} at ${width}px`, async () => {
          await tab.setViewportSize({ width, height: 900 });
          await tab.goto(path);
          const axe = new AxeBuilder({ page: tab });
          if (path === '/dashboard/staff') {
            await tab.locator(`${card} .staff-sessions summary`).click();
            axe.exclude(`li.staff-item:not([data-email="${account.email}"])`);
          }
          const results = await axe.analyze();
          expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
          const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${path} horizontal overflow`).toBeLessThanOrEqual(0);
        });
      }
    }
  } finally {
    await ownContext.close();
  }
});
