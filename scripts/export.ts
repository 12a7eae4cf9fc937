// `npm run export -- <file.zip> [--with-credentials] [--as <admin email>]`: writes the whole site
// (content, staff, settings, redirects, media files) from the database the app uses to one archive.
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { closeDb } from '@/db/client';
import { exportArchive } from '@/lib/backup/export';
import { ArchiveError } from '@/lib/backup/format';
import { findImportActor } from '@/lib/import/actor';
import { loadConfig, openDbForCommand } from './cli';

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run export -- <file.zip> [--with-credentials] [--as <admin email>]`);
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let as: string | undefined;
let withCredentials = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--with-credentials') withCredentials = true;
  else if (arg === '--as') as = args[++i] ?? usage('--as needs an email.');
  else if (arg.startsWith('--')) usage(`Unknown option ${arg}.`);
  else if (!file) file = arg;
  else usage(`Unexpected argument ${arg}.`);
}
if (!file) usage('Name the archive to write, e.g. byline.zip.');

const config = loadConfig();
await openDbForCommand(config, 'export');
// Recorded in the audit log as the administrator named by --as, else as the command line.
const actor = as ? await findImportActor(as) : null;
if (as && !actor) {
  console.error(`No active administrator with the email ${as}.`);
  process.exit(1);
}

// Written beside the target and renamed at the end: a failed export never leaves a plausible archive.
const partial = `${file}.partial`;
const started = Date.now();
try {
  const { stream, finished } = exportArchive(actor ?? 'command-line', { withCredentials });
  await pipeline(stream, fs.createWriteStream(partial));
  const summary = await finished;
  fs.renameSync(partial, file);
  const rows = Object.entries(summary.counts)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${n} ${name}`)
    .join(', ');
  console.log(`${file}: ${rows}; ${summary.mediaFiles} media files${withCredentials ? '; with credentials (keep it safe)' : ''} (${((Date.now() - started) / 1000).toFixed(1)} s, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB).`);
} catch (error) {
  fs.rmSync(partial, { force: true });
  console.error(`Export failed: ${error instanceof ArchiveError ? error.message : (error as Error).message}`);
  await closeDb();
  process.exit(1);
}
await closeDb();
