// `npm start` with bad configuration stops at once with one clear line and touches no data.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'byline-start-'));

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/start.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test', PORT: '3999', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

describe('npm start refuses bad configuration', () => {
  it.each([
    ['DATABASE_URL=nonsense', { DATABASE_URL: 'nonsense' }, /^Byline cannot start: DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL \(got "nonsense"\)$/],
    ['an unreachable server', { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/byline' }, /^Byline cannot start: Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/byline: .*ECONNREFUSED.*$/],
    ['a malformed PORT', { PORT: 'eighty' }, /^Byline cannot start: PORT must be a port number from 1 to 65535 \(got "eighty"\)$/],
  ])('%s', (_name, env, message) => {
    const { code, stderr } = start({ DATA_DIR: tmp(), ...env });
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr.split('\n')).toHaveLength(1);
  });

  it('an unwritable DATA_DIR', () => {
    const file = path.join(tmp(), 'file');
    fs.writeFileSync(file, 'keep me');
    const { code, stderr } = start({ DATA_DIR: path.join(file, 'data') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Byline cannot start: DATA_DIR is not writable: .*\(ENOTDIR\)$/);
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('a second process on the same embedded database', async () => {
    const dir = tmp();
    const holder = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'db/lock-holder.fixture.ts'), dir], { stdio: ['pipe', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
    });
    try {
      const { code, stderr } = start({ DATA_DIR: dir });
      expect(code).toBe(1);
      expect(stderr).toMatch(/^Byline cannot start: The embedded database in .* is in use by another process \(pid \d+\)\. Stop it, or set DATA_DIR to another folder\.$/);
    } finally {
      holder.stdin.end();
      await new Promise((resolve) => holder.on('exit', resolve));
    }
  });
});
