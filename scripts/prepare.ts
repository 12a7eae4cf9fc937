// Migrates and seeds as its own short-lived process, so the long-running start script does not keep
// the embedded database's memory (PGlite holds ~200 MB) while the server runs.
import { closeDb } from '@/db/client';
import { loadConfig, openMigratedDb } from './cli';
import { prepareData, printLogins } from './prepare-data';

const config = loadConfig({ createSecret: true });
const handle = await openMigratedDb(config);
const logins = await prepareData(config, handle);
await closeDb();
void handle;
printLogins(logins, config.siteUrl);
