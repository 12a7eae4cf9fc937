// Starts a real varnishd with the shipped configuration (deploy/varnish/byline.vcl) in front of given
// Byline instances: used by `npm run edge`, the edge tests and the edge benchmark.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const VCL_DIR = path.resolve(import.meta.dirname, '../deploy/varnish');
export const INSTALL_HINT = 'Varnish is not installed: on Debian or Ubuntu run `sudo apt-get install varnish varnish-modules`.';

export type Backend = { host: string; port: number };
export type RunningVarnish = { url: string; port: number; workDir: string; stop: () => Promise<void>; process: ChildProcess };

/** Where varnishd is, or null when it (or its xkey module) is not installed. */
export function findVarnishd(): string | null {
  const candidates = [process.env.VARNISHD_PATH, '/usr/sbin/varnishd', '/usr/local/sbin/varnishd'].filter(Boolean) as string[];
  const bin = candidates.find((p) => fs.existsSync(p));
  if (!bin) return null;
  const vmods = ['/usr/lib/x86_64-linux-gnu/varnish/vmods', '/usr/lib/aarch64-linux-gnu/varnish/vmods', '/usr/lib/varnish/vmods'];
  return vmods.some((dir) => fs.existsSync(path.join(dir, 'libvmod_xkey.so'))) ? bin : null;
}

/** Parses "host:port" (or a bare port) as the CLI options take them. */
export function parseAddress(value: string, defaultHost = '127.0.0.1'): Backend {
  const match = /^(?:\[?([^\]]*)\]?:)?(\d{1,5})$/.exec(value.trim());
  const port = Number(match?.[2]);
  if (!match || !(port > 0 && port < 65536)) throw new Error(`"${value}" is not an address such as 127.0.0.1:3000`);
  return { host: match[1] || defaultHost, port };
}

/** The site part of the configuration: one backend per instance, all probed, and who may purge. */
export function siteVcl(backends: readonly Backend[], purgers: readonly string[] = ['127.0.0.1', '::1']): string {
  const names = backends.map((_, i) => `app${i + 1}`);
  return [
    'probe byline_health {',
    '  .url = "/api/health";',
    '  .interval = 1s;',
    '  .timeout = 2s;',
    '  .window = 3;',
    '  .threshold = 2;',
    '  .initial = 2;',
    '}',
    ...backends.map((b, i) =>
      [
        `backend ${names[i]} {`,
        `  .host = "${b.host}";`,
        `  .port = "${b.port}";`,
        '  .probe = byline_health;',
        '  .connect_timeout = 1s;',
        '  .first_byte_timeout = 30s;',
        '}',
      ].join('\n'),
    ),
    'sub vcl_init {',
    '  new byline_app = directors.round_robin();',
    ...names.map((n) => `  byline_app.add_backend(${n});`),
    '}',
    'acl byline_purgers {',
    ...purgers.map((p) => `  "${p}";`),
    '}',
    '',
  ].join('\n');
}

async function waitForPort(port: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host: '127.0.0.1' }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * A working folder for one varnishd holding the shipped byline.vcl and the generated site file beside
 * it. varnishd drops root for its own user, which must read and write here; a copy of the VCL, not
 * the checkout's, because the checkout may sit under a folder that user cannot enter (mktemp -d is 0700).
 */
function vclWorkDir(prefix: string, site: string): string {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(workDir, 0o755);
  fs.copyFileSync(path.join(VCL_DIR, 'byline.vcl'), path.join(workDir, 'byline.vcl'));
  fs.writeFileSync(path.join(workDir, 'byline-site.vcl'), site);
  for (const name of ['byline.vcl', 'byline-site.vcl']) fs.chmodSync(path.join(workDir, name), 0o644);
  return workDir;
}

/** Starts varnishd in the foreground of a child process; `stop()` ends it and removes its files. */
export async function startVarnish(options: {
  listen: Backend;
  backends: readonly Backend[];
  memoryMb?: number;
  threads?: number;
  purgers?: readonly string[];
  extraArgs?: readonly string[];
}): Promise<RunningVarnish> {
  const bin = findVarnishd();
  if (!bin) throw new Error(INSTALL_HINT);
  const workDir = vclWorkDir('byline-varnish-', siteVcl(options.backends, options.purgers));
  const args = [
    '-F',
    '-n', workDir,
    '-a', `${options.listen.host}:${options.listen.port}`,
    '-f', path.join(workDir, 'byline.vcl'),
    '-p', `vcl_path=${workDir}`,
    '-s', `malloc,${options.memoryMb ?? 256}m`,
    '-p', `thread_pool_min=${options.threads ?? 50}`,
    '-T', 'none',
    ...(options.extraArgs ?? []),
  ];
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // varnishd compiles the VCL with the C compiler first: slow on a busy machine.
  const up = await Promise.race([waitForPort(options.listen.port, 60_000), exited.then(() => false)]);
  if (!up) {
    child.kill('SIGKILL');
    fs.rmSync(workDir, { recursive: true, force: true });
    throw new Error(`varnishd did not start: ${output.trim().split('\n').slice(-8).join(' | ')}`);
  }
  return {
    url: `http://${options.listen.host}:${options.listen.port}`,
    port: options.listen.port,
    workDir,
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** Checks the shipped configuration compiles (varnishd -C), for a clear error before starting. */
export function checkVcl(): string | null {
  const bin = findVarnishd();
  if (!bin) return INSTALL_HINT;
  const workDir = vclWorkDir('byline-vcl-', siteVcl([{ host: '127.0.0.1', port: 3000 }]));
  try {
    const result = spawnSync(bin, ['-C', '-n', workDir, '-f', path.join(workDir, 'byline.vcl'), '-p', `vcl_path=${workDir}`], { encoding: 'utf8' });
    return result.status === 0 ? null : (result.stderr || result.stdout).trim();
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
