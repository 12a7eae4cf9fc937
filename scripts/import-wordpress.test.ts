// The import command on an embedded database a running server holds: one line saying what to do,
// nothing written.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

describe('npm run import:wordpress', () => {
  it('stops with one line when a running server holds the embedded database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-import-lock-'));
    const holder = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'db/lock-holder.fixture.ts'), dir], { stdio: ['pipe', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
    });
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir, AUTH_SECRET: 'x'.repeat(40) };
      delete env.DATABASE_URL;
      const run = spawnSync(
        process.execPath,
        ['--conditions=react-server', '--import', 'tsx', path.join(root, 'scripts/import-wordpress.ts'), path.join(root, 'e2e/fixtures/wordpress/export.xml')],
        { cwd: root, env, encoding: 'utf8', timeout: 60_000 },
      );
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`in use by a running Byline server \\(pid ${holder.pid}\\): stop it, run the import, then start it again`));
    } finally {
      holder.stdin.end();
      await new Promise((resolve) => holder.on('exit', resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
