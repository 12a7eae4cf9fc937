// `npm start` with bad configuration stops at once with one clear line and touches no data. (A
// database another process holds: scripts/held-database.test.ts.) The cases run side by side, each
// on its own port, since each start is a Node process with tsx that costs seconds.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'byline-start-'));

function start(env: Record<string, string>, port: number): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/start.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test', PORT: String(port), ...env },
      timeout: 120_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr: stderr.trim(), stdout: stdout.trim() }));
  });
}

describe.concurrent('npm start refuses bad configuration', () => {
  it.each([
    ['DATABASE_URL=nonsense', { DATABASE_URL: 'nonsense' }, /^Byline cannot start: DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL \(got "nonsense"\)$/, 3991],
    ['an unreachable server', { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/byline' }, /^Byline cannot start: Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/byline: .*ECONNREFUSED.*$/, 3992],
    ['a malformed PORT', { PORT: 'eighty' }, /^Byline cannot start: PORT must be a port number from 1 to 65535 \(got "eighty"\)$/, 3993],
  ])('%s', async (_name, env, message, port) => {
    const { code, stderr } = await start({ DATA_DIR: tmp(), ...env }, port);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr.split('\n')).toHaveLength(1);
  }, 150_000);

  it('an unwritable DATA_DIR', async () => {
    const file = path.join(tmp(), 'file');
    fs.writeFileSync(file, 'keep me');
    const { code, stderr } = await start({ DATA_DIR: path.join(file, 'data') }, 3994);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Byline cannot start: DATA_DIR is not writable: .*\(ENOTDIR\)$/);
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
  }, 150_000);
});
