// `npm run import:wordpress -- <export.xml> [--uploads <dir>] [--dry-run] [--as <admin email>]`:
// imports a WordPress export into the database the app uses (DATA_DIR or DATABASE_URL).
import { closeDb, DbOpenError, openDb, setDbHandle } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { findImportActor } from '@/lib/import/actor';
import { importWordPress } from '@/lib/import/wordpress/run';
import { loadConfig } from './cli';

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run import:wordpress -- <export.xml> [--uploads <copy of wp-content/uploads>] [--dry-run] [--as <admin email>]`);
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let uploads: string | null = null;
let as: string | undefined;
let dryRun = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--uploads') uploads = args[++i] ?? usage('--uploads needs a folder.');
  else if (arg === '--as') as = args[++i] ?? usage('--as needs an email.');
  else if (arg === '--dry-run') dryRun = true;
  else if (arg.startsWith('--')) usage(`Unknown option ${arg}.`);
  else if (!file) file = arg;
  else usage(`Unexpected argument ${arg}.`);
}
if (!file) usage('Name the export file.');

const config = loadConfig();
try {
  const handle = await openDb(config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir });
  await runMigrations(handle);
  setDbHandle(handle);
} catch (error) {
  if (!(error instanceof DbOpenError)) throw error;
  // The embedded database belongs to one process: a running server holds it. One line, what to do.
  const pid = /\(pid (\d+)/.exec(error.message)?.[1];
  console.error(
    pid
      ? `The embedded database in ${config.dataDir} is in use by a running Byline server (pid ${pid}): stop it, run the import, then start it again (or run Byline on PostgreSQL with DATABASE_URL, where imports run beside the server).`
      : `Cannot open the database: ${error.message}`,
  );
  process.exit(1);
}
const actor = await findImportActor(as);
if (!actor) {
  console.error(as ? `No active administrator with the email ${as}.` : 'The database has no administrator yet: start Byline once (ADMIN_EMAIL/ADMIN_PASSWORD) or pass --as <admin email>.');
  process.exit(1);
}

const tty = process.stderr.isTTY;
let lastLine = 0;
const fmt = (s: number) => (s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.round(s)}s`);
const report = await importWordPress(actor, {
  file,
  uploadsDir: uploads,
  dryRun,
  onProgress: (p) => {
    const now = Date.now();
    if (!tty && now - lastLine < 2000) return;
    lastLine = now;
    const line =
      p.phase === 'media'
        ? `media ${p.done} · ${p.perSecond.toFixed(1)}/s`
        : `posts ${p.done}/${p.total} · ${p.perSecond.toFixed(1)}/s · ${p.etaSeconds === null ? '' : `${fmt(p.etaSeconds)} left`}`;
    process.stderr.write(tty ? `\r${line.padEnd(60)}` : `${line}\n`);
  },
});
if (tty) process.stderr.write('\n');
const c = report.counts;
console.log(`${dryRun ? 'Dry run (nothing written): ' : ''}${report.site || file}: ${c.imported} imported, ${c.updated} updated, ${c.skipped} skipped, ${c.failed} failed; ${c.comments} comments counted (not imported); ${report.redirects} old addresses redirected.`);
for (const p of report.problems) console.log(`  ${p.item}: ${p.message}`);
if (report.importId) console.log(`The report is kept at /dashboard/imports.`);
await closeDb();
process.exit(report.ok ? 0 : 1);
