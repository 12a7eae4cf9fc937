// `npm run bench:import-wordpress [-- --posts N --images M]`: generates a WordPress export of N posts
// (default 10,000) with M images (default N/10), imports it into a fresh database (PGlite in bench/tmp,
// or a new database on the server named by DATABASE_URL) and times the first run and a re-run.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeDb, setDbHandle } from '@/db/client';
import { createTestDatabase } from '@/db/testing';
import { ensureAdmin } from '@/lib/demo/index';
import { findImportActor } from '@/lib/import/actor';
import { writeWordPressExport } from '../bench/wordpress-export';

const { values } = parseArgs({ options: { posts: { type: 'string', default: '10000' }, images: { type: 'string' } } });
const posts = Number(values.posts);
const images = Number(values.images ?? Math.round(posts / 10));
const dir = path.resolve('bench/tmp/wordpress');
fs.mkdirSync(dir, { recursive: true });
// Media go to a throwaway DATA_DIR; the database is a fresh one (in memory, or on DATABASE_URL).
process.env.DATA_DIR = fs.mkdtempSync(path.join(dir, 'data-'));

let t = Date.now();
const { file, uploads } = await writeWordPressExport(dir, posts, images);
console.log(`Generated ${posts} posts and ${images} images (${(fs.statSync(file).size / 1e6).toFixed(1)} MB of XML) in ${((Date.now() - t) / 1000).toFixed(1)} s.`);

const handle = await createTestDatabase();
setDbHandle(handle);
await ensureAdmin({ email: 'bench@example.org', password: 'bench-admin-password' });
const actor = (await findImportActor())!;
const { importWordPress } = await import('@/lib/import/wordpress/run');

for (const run of ['first run', 're-run']) {
  t = Date.now();
  const report = await importWordPress(actor, { file, uploadsDir: uploads });
  const s = (Date.now() - t) / 1000;
  const c = report.counts;
  console.log(`${run}: ${s.toFixed(1)} s (${(posts / s).toFixed(0)} posts/s) — ${c.imported} imported, ${c.updated} updated, ${c.skipped} skipped, ${c.failed} failed, ${report.redirects} redirects; RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}
await handle.close();
await closeDb().catch(() => {});
fs.rmSync(process.env.DATA_DIR, { recursive: true, force: true });
