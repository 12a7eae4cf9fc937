// Page helpers for staff accounts: an admin adds someone through the staff page, the new person
// sets a password through their one-time link. Specs use these to make accounts of their own.
import { expect, type Browser, type Page } from '@playwright/test';
import { signIn } from '../fixtures';

export type Role = 'contributor' | 'author' | 'editor' | 'admin';
export type Account = { name: string; email: string; password: string };

let sequence = 0;
/** A name and email no other test (or earlier run) uses. */
export function uniquePerson(prefix: string): { name: string; email: string } {
  const id = `${Date.now().toString(36)}${(sequence++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { name: `${prefix} ${id}`, email: `${prefix.toLowerCase().replace(/[^a-z]+/g, '-')}-${id}@e2e.example.com` };
}

/** On the staff page as an admin: adds a person and returns the one-time set-password link shown once. */
export async function addStaffMember(page: Page, person: { name: string; email: string; role: Role }): Promise<string> {
  await page.goto('/dashboard/staff');
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Add staff member' }) });
  await form.getByLabel('Name', { exact: true }).fill(person.name);
  await form.getByLabel('Email', { exact: true }).fill(person.email);
  await form.getByLabel('Role', { exact: true }).selectOption(person.role);
  await form.getByRole('button', { name: 'Add staff member' }).click();
  const created = page.locator('.created-staff');
  await expect(created).toContainText(`Added ${person.name}`);
  return created.getByTestId('set-password-link').inputValue();
}

/** Opens a set-password link (by path, whatever host SITE_URL names) and chooses a password. */
export async function setPasswordFromLink(page: Page, link: string, password: string) {
  await page.goto(new URL(link).pathname);
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('Repeat the password').fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
  await page.waitForURL(/\/login\?passwordSet=1/);
}

/**
 * A ready-to-use account with the given role, made through the UI: the demo admin adds it in a
 * throwaway browser context, and the password is set through the link.
 */
export async function createAccount(browser: Browser, role: Role, prefix = 'Staff'): Promise<Account> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signIn(page, 'admin');
    const person = uniquePerson(prefix);
    const link = await addStaffMember(page, { ...person, role });
    const password = `e2e password ${person.email}`;
    await setPasswordFromLink(page, link, password);
    return { ...person, password };
  } finally {
    await context.close();
  }
}

/** The staff-page card of one person (admin's view). */
export function staffCard(page: Page, email: string) {
  return page.locator(`li.staff-item[data-email="${email}"]`);
}
