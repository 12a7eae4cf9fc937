// A `next start` of its own for specs that must stop or double the server (restart, two instances): on
// the build the main e2e server made (never a build of its own, which would replace the files the main
// server is serving), with its data prepared as `npm start` does.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Browser, Page } from '@playwright/test';
import { demoStaff, type DemoRole } from '../fixtures';

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

export type ExtraServer = { child: ChildProcess; origin: string; ready: Promise<void> };

/** Migrates and seeds the database `env` names (and makes its auth secret), as `npm start` does first. */
export function prepareData(env: NodeJS.ProcessEnv): void {
  const prepared = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/prepare.ts'], { env, stdio: 'ignore' });
  if (prepared.status !== 0) throw new Error(`preparing the data failed (${prepared.status})`);
}

/** Starts `next start` on `port`; `ready` resolves once its health check answers. */
export function startExtraServer(port: number, env: NodeJS.ProcessEnv): ExtraServer {
  const origin = `http://localhost:${port}`;
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    env: { ...env, NODE_ENV: 'production', PORT: String(port), SITE_URL: origin },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout!.resume();
  child.stderr!.resume();
  const ready = (async () => {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server on ${port} exited with ${child.exitCode}`);
      if (await fetch(`${origin}/api/health`).then((r) => r.ok, () => false)) return;
      if (Date.now() > deadline) throw new Error(`the server on ${port} did not start`);
      await new Promise((r) => setTimeout(r, 300));
    }
  })();
  return { child, origin, ready };
}

/** Stops it (its whole process group) and waits until its port no longer answers. */
export async function stopExtraServer(server: ExtraServer): Promise<void> {
  const { child, origin } = server;
  const exited = child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // gone already
  }
  await exited;
  for (let i = 0; i < 100 && (await fetch(`${origin}/api/health`).then(() => true, () => false)); i++) await new Promise((r) => setTimeout(r, 100));
}

/** A demo staff member signed in on that server, in a browser context of their own. */
export async function signInAt(browser: Browser, origin: string, who: DemoRole): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(demoStaff[who].email);
  await page.getByLabel('Password').fill(demoStaff[who].password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/dashboard/);
  return page;
}
