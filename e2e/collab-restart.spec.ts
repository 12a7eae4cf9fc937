// The server restarts in the middle of a writing session: both editors keep typing while it is down,
// reconnect by themselves when it is back, and nothing typed is lost. Runs its own server on its own
// port and data folder, since it has to stop it: the data prepared as `npm start` does, then `next start`
// on the build the main e2e server made (never a build of its own, which would replace the files the
// main server is serving).
import fs from 'node:fs';
import { expect, test } from './fixtures';
import { bodyEditor, saveStatus } from './pages/editor';
import { prepareData, signInAt, startExtraServer, stopExtraServer } from './pages/extra-server';

const port = Number(process.env.E2E_PORT || 3100) + 7;
const origin = `http://localhost:${port}`;
const dataDir = `${process.env.E2E_DATA_DIR || '.e2e-data'}-restart`;

const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, SITE_URL: origin, SEED_DEMO: 'true', LOG_LEVEL: 'warn', AUTH_TRUST_HOST: 'true' };
test('the server restarts mid-session: both editors reconnect and nothing typed is lost', async ({ browser }) => {
  test.setTimeout(240_000);
  fs.rmSync(dataDir, { recursive: true, force: true });
  prepareData(env);
  let server = startExtraServer(port, env);
  try {
    await server.ready;
    const editor = await signInAt(browser, origin, 'editor');
    await editor.goto('/dashboard');
    await editor.getByRole('button', { name: 'New article' }).click();
    await editor.waitForURL(/\/dashboard\/articles\/[0-9a-f-]{36}$/);
    await editor.getByLabel('Headline').fill('Restart in the middle of a story');
    await bodyEditor(editor).click();
    await editor.keyboard.type('Before the restart.');
    await expect(saveStatus(editor)).toHaveText('Saved', { timeout: 15_000 });
    const admin = await signInAt(browser, origin, 'admin');
    await admin.goto(editor.url());
    await expect(bodyEditor(admin)).toContainText('Before the restart.');

    await stopExtraServer(server);
    // Both keep typing while the server is away.
    await bodyEditor(editor).click();
    await editor.keyboard.press('End');
    await editor.keyboard.type(' Typed by the editor while it was down.');
    await bodyEditor(admin).click();
    await admin.keyboard.press('Control+Home');
    await admin.keyboard.type('Admin wrote this meanwhile. ');
    await expect(saveStatus(editor)).toHaveText(/Offline|Connecting/);

    server = startExtraServer(port, env);
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
    await stopExtraServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
