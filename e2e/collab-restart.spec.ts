// The server restarts in the middle of a writing session: both editors keep typing while it is down,
// reconnect by themselves when it is back, and nothing typed is lost. Runs its own server on its own
// port and data folder, since it has to stop it: the data prepared as `npm start` does, then `next start`
// on the build the main e2e server made (never a build of its own, which would replace the files the
// main server is serving).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, test, demoStaff, type DemoRole } from './fixtures';
import { bodyEditor, saveStatus } from './pages/editor';

const port = Number(process.env.E2E_PORT || 3100) + 7;
const origin = `http://localhost:${port}`;
const dataDir = `${process.env.E2E_DATA_DIR || '.e2e-data'}-restart`;

const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, SITE_URL: origin, SEED_DEMO: 'true', LOG_LEVEL: 'warn', AUTH_TRUST_HOST: 'true' };
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

/** Migrates and seeds the data folder (and makes its auth secret), as `npm start` does first. */
function prepareData() {
  const prepared = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/prepare.ts'], { env, stdio: 'ignore' });
  if (prepared.status !== 0) throw new Error(`preparing the data failed (${prepared.status})`);
}

function startServer(): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout!.resume();
  child.stderr!.resume();
  const ready = (async () => {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      const ok = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
      if (ok) return;
      if (Date.now() > deadline) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 300));
    }
  })();
  return { child, ready };
}

async function stopServer(child: ChildProcess) {
  const exited = child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // gone already
  }
  await exited;
  for (let i = 0; i < 100 && (await fetch(`${origin}/api/health`).then(() => true, () => false)); i++) await new Promise((r) => setTimeout(r, 100));
}

async function signInThere(browser: Browser, who: DemoRole): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(demoStaff[who].email);
  await page.getByLabel('Password').fill(demoStaff[who].password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/dashboard/);
  return page;
}

test('the server restarts mid-session: both editors reconnect and nothing typed is lost', async ({ browser }) => {
  test.setTimeout(240_000);
  fs.rmSync(dataDir, { recursive: true, force: true });
  prepareData();
  let server = startServer();
  try {
    await server.ready;
    const editor = await signInThere(browser, 'editor');
    await editor.goto('/dashboard');
    await editor.getByRole('button', { name: 'New article' }).click();
    await editor.waitForURL(/\/dashboard\/articles\/[0-9a-f-]{36}$/);
    await editor.getByLabel('Headline').fill('Restart in the middle of a story');
    await bodyEditor(editor).click();
    await editor.keyboard.type('Before the restart.');
    await expect(saveStatus(editor)).toHaveText('Saved', { timeout: 15_000 });
    const admin = await signInThere(browser, 'admin');
    await admin.goto(editor.url());
    await expect(bodyEditor(admin)).toContainText('Before the restart.');

    await stopServer(server.child);
    // Both keep typing while the server is away.
    await bodyEditor(editor).click();
    await editor.keyboard.press('End');
    await editor.keyboard.type(' Typed by the editor while it was down.');
    await bodyEditor(admin).click();
    await admin.keyboard.press('Control+Home');
    await admin.keyboard.type('Admin wrote this meanwhile. ');
    await expect(saveStatus(editor)).toHaveText(/Offline|Connecting/);

    server = startServer();
    await server.ready;
    for (const page of [editor, admin]) {
      await expect(bodyEditor(page)).toContainText('Typed by the editor while it was down.', { timeout: 30_000 });
      await expect(bodyEditor(page)).toContainText('Admin wrote this meanwhile.', { timeout: 30_000 });
    }
    await expect(saveStatus(editor)).toHaveText('Saved', { timeout: 20_000 });
    // Stored on the server: a fresh page load shows it all.
    await editor.reload();
    await expect(bodyEditor(editor)).toContainText('Admin wrote this meanwhile.');
    await expect(bodyEditor(editor)).toContainText('Typed by the editor while it was down.');
    await editor.context().close();
    await admin.context().close();
  } finally {
    await stopServer(server.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
