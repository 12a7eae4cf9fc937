// `npm run db:migrate`: applies pending migrations to the configured database.
import { closeDb } from '@/db/client';
import { loadConfig, openMigratedDb } from './cli';

const config = loadConfig();
await openMigratedDb(config);
await closeDb();
console.log(`Migrations applied (${config.databaseUrl ? 'PostgreSQL' : config.dataDir}).`);
