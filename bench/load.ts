// Load measurements: wrk when it is installed, autocannon otherwise; every run bounded in time.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

export type LoadResult = { tool: 'wrk' | 'autocannon'; connections: number; rps: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number };

const hasWrk = (() => {
  try {
    execFileSync('which', ['wrk'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export const wrkInstalled = hasWrk;

/** `headers` go with every request (e.g. Accept-Encoding: gzip, to compare compressed responses). */
export async function measureLoad(url: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  return hasWrk ? runWrk(url, connections, seconds, headers) : runAutocannon(url, connections, seconds, headers);
}

async function runAutocannon(url: string, connections: number, seconds: number, headers: Record<string, string>): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: seconds, timeout: 10, headers });
  return {
    tool: 'autocannon',
    connections,
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function runWrk(url: string, connections: number, seconds: number, headers: Record<string, string>): LoadResult {
  const headerArgs = Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
  const out = spawnSync('wrk', ['-t', String(Math.min(2, connections)), '-c', String(connections), '-d', `${seconds}s`, '--latency', '--timeout', '10s', ...headerArgs, url], {
    encoding: 'utf8',
    timeout: (seconds + 30) * 1000,
  }).stdout;
  const ms = (label: string) => {
    const m = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(out);
    if (!m) return NaN;
    const v = Number(m[1]);
    return m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v;
  };
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const errors = (/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)?.slice(1) ?? []).reduce((a, b) => a + Number(b), 0);
  return { tool: 'wrk', connections, rps: Math.round(rps), p50Ms: ms('50'), p99Ms: ms('99'), errors, non2xx };
}

/**
 * Readers in a process of their own (wrk), cycling through `paths` on `base`, so a long load leaves the
 * bench's own event loop free to time what it watches. Resolves when the run ends.
 */
export async function backgroundReaders(
  base: string,
  paths: string[],
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
  /** Each reader's pause between pages: the edge and the load generator share this machine with the app. */
  pauseMs = 10,
): Promise<{ requests: number; errors: number }> {
  if (!hasWrk) {
    const r = await autocannon({ url: base, connections, duration: seconds, timeout: 10, headers, requests: paths.map((p) => ({ path: p })) });
    return { requests: r.requests.total, errors: r.errors + r.timeouts + r.non2xx };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-readers-'));
  const script = path.join(dir, 'paths.lua');
  fs.writeFileSync(script, `local paths = { ${paths.map((p) => JSON.stringify(p)).join(', ')} }\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format("GET", paths[i])\nend\ndelay = function()\n  return ${pauseMs}\nend\n`);
  const headerArgs = Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
  const child = spawn('wrk', ['-t', '2', '-c', String(connections), '-d', `${seconds}s`, '--timeout', '10s', '-s', script, ...headerArgs, base], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise<void>((resolve) => child.once('exit', () => resolve()));
  fs.rmSync(dir, { recursive: true, force: true });
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? NaN);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const socketErrors = (/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)?.slice(1) ?? []).reduce((a, b) => a + Number(b), 0);
  return { requests, errors: non2xx + socketErrors };
}

/** Sequential timings of distinct URLs (one connection), for percentiles autocannon does not report. */
export async function sampleLatencies(urls: string[]): Promise<{ p50Ms: number; p95Ms: number; p99Ms: number; count: number; failures: number }> {
  const times: number[] = [];
  let failures = 0;
  for (const url of urls) {
    const start = performance.now();
    const res = await fetchOnce(url);
    await res.arrayBuffer();
    times.push(performance.now() - start);
    if (!res.ok) failures++;
  }
  times.sort((a, b) => a - b);
  const pick = (p: number) => round(times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? NaN);
  return { p50Ms: pick(50), p95Ms: pick(95), p99Ms: pick(99), count: times.length, failures };
}

export const round = (n: number) => Math.round(n * 10) / 10;

/**
 * fetch, retried once: a load run leaves the client's pooled keep-alive sockets idle past the server's
 * keep-alive timeout, and the next request on one can meet a socket the server just closed.
 */
export async function fetchOnce(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}
