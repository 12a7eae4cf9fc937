// The data half of a start: migrate, then on an empty database create ADMIN_EMAIL's account and the
// demo newsroom (unless SEED_DEMO=false). Safe to run on every start: it never seeds twice.
import type { AppConfig } from '@/lib/config/env';
import type { DbHandle } from '@/db/client';
import { ensureAdmin, isDatabaseEmpty, seedDemo, type DemoLogin } from '@/lib/demo/index';
import { withStartLock } from './cli';

export async function prepareData(config: AppConfig, handle: DbHandle): Promise<DemoLogin[]> {
  return withStartLock(handle, async () => {
    if (!(await isDatabaseEmpty())) return [];
    let logins: DemoLogin[] = [];
    if (config.seedDemo) {
      const started = Date.now();
      logins = await seedDemo();
      console.log(`Seeded the demo newsroom in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
    if (config.adminEmail && config.adminPassword) {
      const result = await ensureAdmin({ email: config.adminEmail, password: config.adminPassword });
      console.log(result === 'created' ? `Created admin account ${config.adminEmail}.` : `Admin ${config.adminEmail} already exists.`);
    }
    return logins;
  });
}

export function printLogins(logins: DemoLogin[], siteUrl: string) {
  if (logins.length === 0) return;
  console.log(`\nDemo staff logins (sign in at ${siteUrl}/login):`);
  for (const l of logins) console.log(`  ${l.role.padEnd(12)} ${l.email.padEnd(28)} ${l.password}`);
  console.log('');
}
