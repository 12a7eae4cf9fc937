// Every command refuses an embedded database that another process (a running server) holds: one line
// saying what to do, nothing written. One lock holder serves all the commands, run side by side:
// each Node process with tsx costs seconds, so the holder is started once, not once per command.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
let dir: string;
let holder: ReturnType<typeof spawn>;

/** Runs a script with tsx on the held directory; resolves with its exit code and output. */
function run(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(root, script), ...args], { cwd: root, env, timeout: 240_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The environment of a command on the held embedded database (no DATABASE_URL, whatever the run uses). */
function commandEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir, AUTH_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  return env;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-held-'));
  holder = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'db/lock-holder.fixture.ts'), dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    holder.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
  });
}, 120_000);

afterAll(async () => {
  if (holder.exitCode === null) {
    holder.stdin!.end();
    await new Promise((resolve) => holder.on('exit', resolve));
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

const inUse = (what: string) => new RegExp(`in use by a running Byline server \\(pid ${holder.pid}\\): stop it, run the ${what}, then start it again`);

describe.concurrent('a command on an embedded database another process holds', () => {
  it('npm run export stops with one line and writes no archive', async () => {
    const archive = path.join(dir, 'site.zip');
    const result = await run('scripts/export.ts', [archive], commandEnv());
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(inUse('export'))]);
    expect(fs.existsSync(archive)).toBe(false);
    expect(fs.existsSync(`${archive}.partial`)).toBe(false);
  }, 300_000);

  it('npm run import:byline stops with one line', async () => {
    const result = await run('scripts/import-byline.ts', [path.join(dir, 'missing.zip')], commandEnv());
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(inUse('restore'))]);
  }, 300_000);

  it('npm run import:wordpress stops with one line', async () => {
    const result = await run('scripts/import-wordpress.ts', [path.join(root, 'e2e/fixtures/wordpress/export.xml')], commandEnv());
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(inUse('import'))]);
  }, 300_000);

  it('npm start stops with one line naming the holder', async () => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test', PORT: '3998', DATA_DIR: dir };
    const result = await run('scripts/start.ts', [], env);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      new RegExp(`^Byline cannot start: The embedded database in .* is in use by another process \\(pid ${holder.pid}\\)\\. Stop it, or set DATA_DIR to another folder\\.$`),
    );
  }, 300_000);
});
