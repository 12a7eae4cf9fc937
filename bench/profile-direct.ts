// Where a direct cache hit's CPU goes: runs `next start` under V8's CPU profiler while wrk loads one
// cached article (gzip, 32 connections), then sums self time by what the code does. Used by
// `npm run bench -- --profile-direct <path>`; needs a running database the server can open.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fetchOnce, measureLoad } from './load';
import { nextBin } from '../scripts/next-bin';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Buckets by file and function, first match wins; the rest is "other". */
const buckets: [string, RegExp][] = [
  ['idle (waiting for I/O)', /^\(idle\)$/],
  ['garbage collection', /^\(garbage collector\)$/],
  ['compression (zlib)', /zlib|compression/i],
  ['sockets and HTTP parsing (Node)', /^node:(net|_http|http|stream|internal\/stream|internal\/http|internal\/net|buffer|events)|^\(program\)$/],
  ['incremental cache lookup and tag checks', /incremental-cache|file-system-cache|tags-manifest|lru-cache|cache-handlers|response-cache/],
  ['route matching and request handling', /router|route-matcher|resolve-routes|route-modules|base-server|next-server|request-meta|server-utils|app-render|route-matches|matchers/],
  ['response assembly and sending', /send-payload|render-result|send-response|pipe-readable|node-web-streams|web\/spec-extension|streams/],
  ['other Next.js', /next\/dist/],
];

function categorize(frame: ProfileNode['callFrame']): string {
  const key = `${frame.url || frame.functionName}`;
  for (const [name, pattern] of buckets) if (pattern.test(key) || pattern.test(frame.functionName)) return name;
  return 'other';
}

/** The functions with the most self time, named with the end of their file's path (for "other"). */
export function topFunctions(profile: CpuProfile, n = 12): { fn: string; share: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const { functionName, url } = byId.get(id)!.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}`.trim();
    self.set(key, (self.get(key) ?? 0) + us);
    total += us;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([fn, us]) => ({ fn, share: Math.round((us / total) * 1000) / 10 }));
}

export function summarize(profile: CpuProfile): { bucket: string; ms: number; share: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const bucket = categorize(byId.get(id)!.callFrame);
    self.set(bucket, (self.get(bucket) ?? 0) + us);
    total += us;
  });
  return [...self.entries()]
    .map(([bucket, us]) => ({ bucket, ms: Math.round(us / 1000), share: Math.round((us / total) * 1000) / 10 }))
    .sort((a, b) => b.ms - a.ms);
}

/** Starts a profiled server on `port` with `env`, loads `articlePath` for `seconds`, returns the summary. */
export async function profileDirectHit(port: number, env: Record<string, string>, articlePath: string, seconds: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-profile-'));
  const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, nextBin, 'start', '-p', String(port)], {
    env: { ...process.env, ...env, NODE_ENV: 'production', PORT: String(port) },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${url}/api/health`).then((r) => r.ok).catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await (await fetchOnce(`${url}${articlePath}`, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
  const load = await measureLoad(`${url}${articlePath}`, 32, seconds, { 'accept-encoding': 'gzip' });
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('the server wrote no CPU profile');
  const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
  fs.rmSync(dir, { recursive: true, force: true });
  return { rps: load.rps, summary: summarize(profile), top: topFunctions(profile) };
}
