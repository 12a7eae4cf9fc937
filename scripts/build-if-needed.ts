// `npm start` builds only when there is no production build or the sources are newer than it.
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'db', 'next.config.ts', 'package-lock.json', 'instrumentation.ts', 'proxy.ts', 'public'];

function newestMtime(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  // Files only: a directory's time also moves when a scratch file comes and goes (the benchmark's).
  let newest = 0;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

export function needsBuild(distDir: string): boolean {
  const buildId = path.join(distDir, 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(s) > builtAt);
}
