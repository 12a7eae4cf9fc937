// Shared Playwright fixtures: the demo staff (seeded by `npm start`) and a sign-in helper.
import { test as base, expect, type Page } from '@playwright/test';

export type DemoRole = 'admin' | 'editor' | 'author' | 'contributor';

export const demoStaff: Record<DemoRole, { email: string; password: string }> = {
  admin: { email: 'admin@example.com', password: 'byline-admin-demo' },
  editor: { email: 'editor@example.com', password: 'byline-editor-demo' },
  author: { email: 'author@example.com', password: 'byline-author-demo' },
  contributor: { email: 'contributor@example.com', password: 'byline-contributor-demo' },
};

/** Signs in through the real login form and waits for the dashboard. */
export async function signIn(page: Page, who: DemoRole | { email: string; password: string }) {
  const creds = typeof who === 'string' ? demoStaff[who] : who;
  await page.goto('/login');
  await page.getByLabel('Email').fill(creds.email);
  await page.getByLabel('Password').fill(creds.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/dashboard/);
}

export const test = base;
export { expect };
