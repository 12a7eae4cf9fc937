// Starts and stops a production server for the benchmark and reads its memory.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { nextBin } from '../scripts/next-bin';

export type BenchServer = { url: string; child: ChildProcess; stop: () => Promise<void> };

export async function startServer(port: number, env: Record<string, string>): Promise<BenchServer> {
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    env: { ...process.env, ...env, NODE_ENV: 'production', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stop() also ends any worker it forked (which would keep the port).
    detached: true,
  });
  let log = '';
  // Kept in a file too, for a server that dies mid-run.
  fs.mkdirSync('bench/tmp', { recursive: true });
  const logFile = fs.createWriteStream(`bench/tmp/server-${port}.log`, { flags: 'a' });
  child.stdout!.on('data', (d: Buffer) => ((log += d.toString()), logFile.write(d)));
  child.stderr!.on('data', (d: Buffer) => ((log += d.toString()), logFile.write(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not become healthy in time:\n${log}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    child,
    stop: async () => {
      const signalGroup = (signal: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, signal);
        } catch {
          // already gone
        }
      };
      const exited = child.exitCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));
      signalGroup('SIGTERM');
      const killer = setTimeout(() => signalGroup('SIGKILL'), 10_000);
      await exited;
      // Forked workers may outlive the parent for a moment: wait until the port is free.
      for (let i = 0; i < 100 && (await fetch(`${url}/api/health`).then(() => true, () => false)); i++) {
        signalGroup('SIGKILL');
        await new Promise((r) => setTimeout(r, 100));
      }
      clearTimeout(killer);
    },
  };
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRssBytes(pid: number): number {
  let total = 0;
  const pids = [pid];
  try {
    const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
    for (const line of out.split('\n')) if (line.trim()) pids.push(...collect(Number(line.trim())));
  } catch {
    // no children
  }
  for (const p of new Set(pids)) {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
      const match = /VmRSS:\s+(\d+) kB/.exec(status);
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // exited
    }
  }
  return total;
}

function collect(pid: number): number[] {
  const result = [pid];
  try {
    const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
    for (const line of out.split('\n')) if (line.trim()) result.push(...collect(Number(line.trim())));
  } catch {
    // none
  }
  return result;
}
