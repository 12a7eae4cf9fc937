// The export and restore commands on an embedded database a running server holds: one line saying
// what to do, nothing written; and an end-to-end run of both commands on real data directories.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function command(script: string, args: string[], dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, AUTH_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(root, script), ...args], { cwd: root, env, encoding: 'utf8', timeout: 240_000 });
}

describe('npm run export and npm run import:byline', () => {
  it('stop with one line when a running server holds the embedded database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-export-lock-'));
    const holder = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'db/lock-holder.fixture.ts'), dir], { stdio: ['pipe', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
    });
    try {
      const archive = path.join(dir, 'site.zip');
      for (const [script, what] of [
        ['scripts/export.ts', 'export'],
        ['scripts/import-byline.ts', 'restore'],
      ] as const) {
        const run = command(script, [archive], dir);
        expect(run.status).toBe(1);
        const lines = run.stderr.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`in use by a running Byline server \\(pid ${holder.pid}\\): stop it, run the ${what}, then start it again`));
      }
      expect(fs.existsSync(archive)).toBe(false);
    } finally {
      holder.stdin.end();
      await new Promise((resolve) => holder.on('exit', resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);

  it('export an empty site and restore it elsewhere; a second restore into the same place is refused in one line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-export-cli-'));
    try {
      const archive = path.join(dir, 'site.zip');
      const exported = command('scripts/export.ts', [archive], path.join(dir, 'a'));
      expect(exported.stderr).toBe('');
      expect(exported.stdout).toMatch(/site\.zip: .*0 media files/);
      expect(fs.existsSync(`${archive}.partial`)).toBe(false);
      const restored = command('scripts/import-byline.ts', [archive], path.join(dir, 'b'));
      expect(restored.status).toBe(0);
      expect(restored.stdout).toMatch(/^Restored .*site\.zip/);
      fs.writeFileSync(path.join(dir, 'junk.zip'), 'not a zip');
      const refused = command('scripts/import-byline.ts', [path.join(dir, 'junk.zip')], path.join(dir, 'b'));
      expect(refused.status).toBe(1);
      expect(refused.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Nothing was restored: .*junk\.zip is not a complete zip archive/)]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000);
});
