// `npm run db:seed`: fills an empty database with the demo newsroom; leaves a non-empty one alone.
import { closeDb } from '@/db/client';
import { isDatabaseEmpty } from '@/lib/demo/index';
import { loadConfig, openMigratedDb } from './cli';
import { prepareData, printLogins } from './prepare-data';

const config = loadConfig({ createSecret: true });
const handle = await openMigratedDb(config);
if (!(await isDatabaseEmpty())) {
  console.log('The database already has content: nothing seeded.');
} else {
  printLogins(await prepareData({ ...config, seedDemo: true }, handle), config.siteUrl);
}
await closeDb();
