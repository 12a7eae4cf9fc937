// Export, restore into an empty database, export again: the demo newsroom (with its media files and a
// row in every exported table) comes back the same, line for line and byte for byte.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';

const dataDir = await vi.hoisted(async () => (await import('@/lib/core/temp-data-dir')).makeTempDataDir('byline-export-'));

import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { getDb, setDbHandle, type DbHandle } from '@/db/client';
import { createTestDatabase } from '@/db/testing';
import { auditLog, importedItems, imports, passkeys, recoveryCodes, redirects, tags, totpFactors, users } from '@/db/schema';
import { parseConfig } from '@/lib/config/env';
import { removeTempDataDir } from '@/lib/core/temp-data-dir';
import { seedDemo } from '@/lib/demo/index';
import { getStorage, localDiskStorage } from '@/lib/media/storage';
import { exportArchive, mayExport } from './export';
import { restoreArchive } from './restore';
import { exportToFile, readArchive } from './testing';

let source: DbHandle['db'];
let copy: DbHandle | undefined;

beforeAll(async () => {
  await seedDemo();
  source = await getDb();
  const [admin] = await source.select().from(users).where(eq(users.role, 'admin'));
  const [tag] = await source.select().from(tags).limit(1);
  const { publishedArticles } = await import('@/db/schema');
  const [published] = await source.select().from(publishedArticles).limit(1);
  // A row in each table the demo leaves empty, with text keys that sort differently by collation.
  const [author] = await source.select().from(users).limit(1);
  await source.insert(redirects).values([
    { fromPath: '/tag/old-Zeta', source: 'slug-change', tagId: tag!.id },
    { fromPath: '/tag/old-alpha', source: 'slug-change', tagId: tag!.id },
    { fromPath: '/news/an-older-slug', source: 'slug-change', articleId: published!.articleId },
    { fromPath: '/author/an-older-name', source: 'slug-change', userId: author!.id },
    { fromPath: '/Archive/2019', toPath: '/news' },
    { fromPath: '/archive/2019', toPath: '/news', source: 'wordpress' },
    { fromPath: '/?p=12', toPath: `/news/${published!.slug}` },
  ]);
  const [run] = await source.insert(imports).values({ source: 'wordpress', site: 'https://old.example.org', fileName: 'export.xml', status: 'done', problems: [{ item: 'post 3', message: 'a table became paragraphs' }] }).returning();
  await source.insert(importedItems).values({ site: 'https://old.example.org', kind: 'post', sourceId: '12', targetId: published!.articleId });
  await source.insert(totpFactors).values({ userId: admin!.id, encryptedSecret: 'v1.iv.cipher', confirmedAt: new Date(), lastUsedStep: 59_000_000 });
  await source.insert(recoveryCodes).values({ userId: admin!.id, codeHash: 'hmac-of-a-code' });
  await source.insert(passkeys).values({ userId: admin!.id, credentialId: 'cred-1', publicKey: 'pk', counter: 3, transports: ['usb', 'nfc'], name: 'Desk key' });
  expect(run).toBeDefined();
}, 120_000);

afterAll(async () => {
  setDbHandle(undefined);
  await copy?.close();
  removeTempDataDir(dataDir);
});

async function roundTrip(withCredentials: boolean) {
  const tag = withCredentials ? 'with' : 'without';
  const first = path.join(dataDir, `first-${tag}.zip`);
  const second = path.join(dataDir, `second-${tag}.zip`);
  const restoredUploads = path.join(dataDir, `restored-${tag}`);

  setDbHandle(undefined);
  const sourceHandle = { db: source } as DbHandle;
  setDbHandle(sourceHandle);
  const exported = await exportToFile(first, { storage: getStorage(), withCredentials });

  await copy?.close();
  copy = await createTestDatabase(parseConfig(process.env).databaseUrl, { template: inject('testDatabaseTemplate') });
  setDbHandle(copy);
  const storage = localDiskStorage(restoredUploads);
  const restored = await restoreArchive({ file: first, storage });
  expect(restored).toMatchObject({ ok: true });
  await exportToFile(second, { storage, withCredentials });
  setDbHandle(sourceHandle);
  return { exported, restored, a: await readArchive(first), b: await readArchive(second) };
}

describe('export and restore', () => {
  it('gives back the same site: every line and every media file equal after export, restore, export', async () => {
    const { exported, restored, a, b } = await roundTrip(false);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of a) {
      if (name === 'manifest.json') continue;
      expect(b.get(name)!.equals(bytes), `${name} differs`).toBe(true);
    }
    const [ma, mb] = [JSON.parse(a.get('manifest.json')!.toString()), JSON.parse(b.get('manifest.json')!.toString())];
    expect({ ...mb, createdAt: undefined }).toEqual({ ...ma, createdAt: undefined });

    // The demo's own content is all there, media files included.
    expect(ma).toMatchObject({ format: 'byline-export', version: 1, credentials: false });
    expect(ma.counts.articles).toBeGreaterThanOrEqual(30);
    expect(ma.counts.revisions).toBeGreaterThanOrEqual(30);
    expect(ma.counts.media).toBeGreaterThan(5);
    expect(ma.mediaFiles).toBeGreaterThan(ma.counts.media);
    expect([...a.keys()].filter((n) => n.startsWith('media/'))).toHaveLength(ma.mediaFiles);
    expect(exported.counts).toEqual(ma.counts);
    for (const name of ['redirects', 'imports', 'imported_items', 'site_settings', 'published_articles']) {
      expect(ma.counts[name], name).toBeGreaterThan(0);
    }
    // Text keys in bytewise order, whatever the database's collation.
    const paths = a.get('redirects.jsonl')!.toString().trim().split('\n').map((l) => JSON.parse(l).from_path);
    expect(paths).toEqual([...paths].sort((x, y) => (Buffer.from(x) < Buffer.from(y) ? -1 : 1)));
    // Lines are columns in schema order with microsecond timestamps.
    const firstUser = JSON.parse(a.get('users.jsonl')!.toString().split('\n')[0]!);
    expect(Object.keys(firstUser).slice(0, 3)).toEqual(['id', 'email', 'name']);
    expect(firstUser.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);

    // Without credentials: no hashes, no second factors, and nobody can sign in until a link is used.
    expect(firstUser.password_hash).toBeNull();
    expect([...a.keys()].some((n) => /totp|recovery|passkeys/.test(n))).toBe(false);
    expect(a.get('users.jsonl')!.toString()).not.toContain('$argon2');
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.setPasswordLinks.map((l) => l.email)).toEqual(['admin@example.com']);
    expect(restored.setPasswordLinks[0]!.url).toContain('/set-password/');
    setDbHandle(copy);
    const restoredUsers = await (await getDb()).select().from(users);
    expect(restoredUsers.every((u) => u.passwordHash === null)).toBe(true);
    // The restore is recorded in the new installation's audit log.
    const [entry] = await (await getDb()).select().from(auditLog).where(eq(auditLog.action, 'content.imported'));
    expect(entry?.summary).toMatch(/^Restored a Byline archive/);
    setDbHandle({ db: source } as DbHandle);
  }, 180_000);

  it('carries passwords and second factors only with credentials, and restores them as they were', async () => {
    const { a, b } = await roundTrip(true);
    for (const [name, bytes] of a) if (name !== 'manifest.json') expect(b.get(name)!.equals(bytes), `${name} differs`).toBe(true);
    expect(JSON.parse(a.get('manifest.json')!.toString()).credentials).toBe(true);
    expect(a.get('users.jsonl')!.toString()).toContain('$argon2id');
    for (const name of ['totp_factors.jsonl', 'recovery_codes.jsonl', 'passkeys.jsonl']) expect(a.get(name)!.length, name).toBeGreaterThan(0);
  }, 180_000);

  it('lets only administrators (and the command line) export', async () => {
    const [editor] = await source.select().from(users).where(eq(users.role, 'editor'));
    expect(() => exportArchive({ id: editor!.id, role: 'editor' })).toThrow('Only an administrator may export the site.');
    expect(() => exportArchive({ id: editor!.id, role: 'admin', disabled: true })).toThrow('Only an administrator may export the site.');
    expect(mayExport(null)).toBe(false);
    expect(mayExport('command-line')).toBe(true);
  });

  it('records each export in the audit log', async () => {
    const entries = await source.select().from(auditLog).where(eq(auditLog.action, 'content.exported'));
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(entries[0]!.summary).toMatch(/^Exported the site: \d+ articles, \d+ media files/);
    expect(fs.existsSync(dataDir)).toBe(true);
  });
});
