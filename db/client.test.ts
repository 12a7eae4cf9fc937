import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { DbOpenError, openDb } from './client';
import { runMigrations } from './migrate';
import { users } from './schema';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'byline-db-'));

// One data directory serves the embedded tests in turn: creating and migrating one costs seconds, and
// each test needs a directory that exists (kept, held, left locked), not a new one. They open PGlite
// whatever DATABASE_URL says, so the PostgreSQL pass leaves them to the PGlite one.
describe.skipIf(process.env.DATABASE_URL)('embedded database', () => {
  const dir = tmp();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps data across close and reopen', async () => {
    const first = await openDb({ kind: 'pglite', dataDir: dir });
    await runMigrations(first);
    await first.db.insert(users).values({ email: 'kept@example.com', name: 'Kept', slug: 'kept' });
    await first.close();
    const second = await openDb({ kind: 'pglite', dataDir: dir });
    await runMigrations(second); // a second start migrates nothing and duplicates nothing
    const rows = await second.db.select().from(users);
    expect(rows.map((r) => r.email)).toEqual(['kept@example.com']);
    await second.close();
  });

  it('refuses a second process on the same directory with a clear message', async () => {
    const holder = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'lock-holder.fixture.ts'), dir], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
    });
    try {
      await expect(openDb({ kind: 'pglite', dataDir: dir })).rejects.toThrow(DbOpenError);
      await expect(openDb({ kind: 'pglite', dataDir: dir })).rejects.toThrow(new RegExp(`in use by another process \\(pid ${holder.pid}\\)`));
    } finally {
      holder.stdin.end();
      await new Promise((resolve) => holder.on('exit', resolve));
    }
    // Once the owner has gone the directory opens again, data intact.
    const reopened = await openDb({ kind: 'pglite', dataDir: dir });
    expect((await reopened.db.select().from(users)).map((r) => r.email)).toEqual(['kept@example.com']);
    await reopened.close();
  });

  it('takes over a lock left by a crashed process', async () => {
    fs.writeFileSync(path.join(dir, 'pglite.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname() }));
    const handle = await openDb({ kind: 'pglite', dataDir: dir });
    await handle.close();
  });

  it('reports an unwritable DATA_DIR', async () => {
    const file = path.join(tmp(), 'not-a-dir');
    fs.writeFileSync(file, '');
    await expect(openDb({ kind: 'pglite', dataDir: path.join(file, 'data') })).rejects.toThrow(/^DATA_DIR is not writable: .* \(ENOTDIR\)$/);
  });
});

describe('PostgreSQL', () => {
  it('reports an unreachable server in one line', async () => {
    await expect(openDb({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:1/none' })).rejects.toThrow(
      /^Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/none: .*ECONNREFUSED/,
    );
  });
});

describe('the test database', () => {
  it('is migrated and has full-text search with the english configuration', async () => {
    const { getDb } = await import('./client');
    const db = await getDb();
    const result = (await db.execute(sql`select to_tsvector('english', 'Councils were voting') as v`)) as unknown as { rows: { v: string }[] };
    expect(result.rows[0]!.v).toBe("'council':1 'vote':3");
  });
});
