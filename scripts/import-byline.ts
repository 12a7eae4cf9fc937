// `npm run import:byline -- <file.zip>`: restores a Byline archive (npm run export) into the empty
// database the app uses (DATA_DIR or DATABASE_URL). All or nothing.
import { closeDb } from '@/db/client';
import { restoreArchive } from '@/lib/backup/restore';
import { loadConfig, openDbForCommand } from './cli';

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run import:byline -- <file.zip>`);
  process.exit(2);
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const unknown = args.find((a) => a.startsWith('--'));
if (unknown) usage(`Unknown option ${unknown}.`);
if (!file) usage('Name the archive to restore.');
if (args.length > 1) usage(`Unexpected argument ${args[1]}.`);

const config = loadConfig();
await openDbForCommand(config, 'restore');
const started = Date.now();
const result = await restoreArchive({ file });
await closeDb();
if (!result.ok) {
  console.error(`Nothing was restored: ${result.error}`);
  process.exit(1);
}
const rows = Object.entries(result.counts)
  .filter(([, n]) => n > 0)
  .map(([name, n]) => `${n} ${name}`)
  .join(', ');
console.log(`Restored ${file} (${result.manifest.siteUrl}, made ${result.manifest.createdAt}): ${rows}; ${result.mediaFiles} media files (${((Date.now() - started) / 1000).toFixed(1)} s).`);
if (result.setPasswordLinks.length) {
  console.log('The archive has no passwords, so nobody can sign in yet. Set-password links for the administrators (one use each, valid 72 hours):');
  for (const link of result.setPasswordLinks) console.log(`  ${link.email}: ${link.url}`);
  console.log('Administrators then issue links to the rest of the staff from Staff.');
}
