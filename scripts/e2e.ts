// `npm run test:e2e`: a production build, then Playwright against `npm start` on a fresh embedded database.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { findChromium } from '../e2e/chromium';
import { parseConfig } from '@/lib/config/env';
import { needsBuild } from './build-if-needed';
import { runNextToEnd } from './next-bin';

findChromium();
const distDir = parseConfig(process.env).nextDistDir;
if (needsBuild(distDir)) {
  const started = Date.now();
  await runNextToEnd(['build'], { ...process.env, NODE_ENV: 'production' });
  console.log(`test:e2e: next build took ${Math.round((Date.now() - started) / 1000)}s`);
}
const require = createRequire(import.meta.url);
const cli = require.resolve('@playwright/test/cli');
const result = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
process.exit(result.status ?? 1);
