// An end-to-end run of the export and restore commands on real data directories. (Both on a database
// a running server holds: scripts/held-database.test.ts.)
import { spawnSync } from 'node:child_process';
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
