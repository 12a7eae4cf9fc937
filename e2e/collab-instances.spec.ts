// Two app instances joined by Redis, one editor on each: they write in the same article and see each
// other's keystrokes. Several instances need PostgreSQL, so this spec makes its own database on the
// machine's PostgreSQL (CI_PG_URL, default postgres://postgres@127.0.0.1:5432), prepares it as
// `npm start` does, and runs two `next start` processes on the main e2e server's build. Skipped when
// PostgreSQL or Redis (REDIS_URL, default 127.0.0.1:6379) does not answer.
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import pg from 'pg';
import { expect, test } from './fixtures';
import { bodyEditor, saveStatus } from './pages/editor';
import { prepareData, signInAt, startExtraServer, stopExtraServer, type ExtraServer } from './pages/extra-server';

const basePort = Number(process.env.E2E_PORT || 3100) + 8;
const pgBase = process.env.CI_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const dataDir = `${process.env.E2E_DATA_DIR || '.e2e-data'}-instances`;

function answers(url: string, defaultPort: number): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port || defaultPort), hostname, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: `${pgBase}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

test('two app instances with Redis: an editor on each writes in the same article', async ({ browser }) => {
  test.setTimeout(240_000);
  const available = (await answers(pgBase, 5432)) && (await answers(redisUrl, 6379));
  test.skip(!available, 'needs PostgreSQL and Redis');
  const database = `byline_e2e_instances_${Date.now()}`;
  await admin(`create database ${database}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `${pgBase}/${database}`,
    DATA_DIR: dataDir,
    AUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
    AUTH_TRUST_HOST: 'true',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    REDIS_URL: redisUrl,
    REDIS_PREFIX: `${process.env.REDIS_PREFIX ?? 'byline-e2e'}:${database}`,
  };
  const instances: ExtraServer[] = [];
  try {
    prepareData(env);
    instances.push(startExtraServer(basePort, env), startExtraServer(basePort + 1, env));
    await Promise.all(instances.map((i) => i.ready));
    const [a, b] = instances as [ExtraServer, ExtraServer];

    const editor = await signInAt(browser, a.origin, 'editor');
    await editor.goto('/dashboard');
    await editor.getByRole('button', { name: 'New article' }).click();
    await editor.waitForURL(/\/dashboard\/articles\/[0-9a-f-]{36}$/);
    const path = new URL(editor.url()).pathname;
    await editor.getByLabel('Headline').fill('Written on two instances');
    await bodyEditor(editor).click();
    await editor.keyboard.type('From instance A.');

    const other = await signInAt(browser, b.origin, 'admin');
    await other.goto(path);
    await expect(bodyEditor(other)).toContainText('From instance A.');
    await expect(other.getByLabel('Headline')).toHaveValue('Written on two instances');
    await bodyEditor(other).click();
    await other.keyboard.press('End');
    await other.keyboard.type(' From instance B.');
    await expect(bodyEditor(editor)).toContainText('From instance A. From instance B.');
    await editor.keyboard.press('End');
    await editor.keyboard.type(' And A again.');
    await expect(bodyEditor(other)).toContainText('From instance A. From instance B. And A again.');
    // Both screens see the other person, across the instances.
    await expect(editor.getByRole('list', { name: 'People in this article' })).toBeVisible();
    await expect(other.getByRole('list', { name: 'People in this article' })).toBeVisible();

    await expect(saveStatus(editor)).toHaveText('Saved', { timeout: 20_000 });
    await other.reload();
    await expect(bodyEditor(other)).toContainText('From instance A. From instance B. And A again.');
    await editor.context().close();
    await other.context().close();
  } finally {
    for (const instance of instances) await stopExtraServer(instance);
    await admin(`drop database if exists ${database} with (force)`).catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
