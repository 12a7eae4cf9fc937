// `npm start`: check settings, migrate, seed an empty database, build if needed, then serve in
// production mode. `--dev` serves with `next dev` instead of building.
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import { fail, loadConfig } from './cli';
import { needsBuild } from './build-if-needed';
import { runNext, runNextToEnd } from './next-bin';

const dev = process.argv.includes('--dev');
const config = loadConfig({ createSecret: true });

await assertPortFree(config.port);
// Migrate and seed in a child that exits before the server starts: the server process owns the
// database from then on (PGlite allows one process), and this parent stays small.
const prepared = spawnSync(process.execPath, [...process.execArgv, 'scripts/prepare.ts'], { stdio: 'inherit', env: process.env });
if (prepared.status !== 0) process.exit(prepared.status ?? 1);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: dev ? 'development' : 'production',
  PORT: String(config.port),
  DATA_DIR: config.dataDir,
  SITE_URL: config.siteUrl,
  AUTH_SECRET: config.authSecret,
  AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
};

const distDir = config.nextDistDir;
if (!dev && needsBuild(distDir)) {
  console.log('Building the production app (first start, or sources changed)...');
  try {
    await runNextToEnd(['build'], env);
  } catch (error) {
    fail((error as Error).message);
  }
}

const server = runNext([dev ? 'dev' : 'start', '-p', String(config.port)], env);
console.log(`Byline is starting at ${config.siteUrl} (${config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`}).`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      fail(error.code === 'EADDRINUSE' ? `PORT ${port} is already in use (set PORT to another port)` : `cannot listen on PORT ${port} (${error.code})`),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}
