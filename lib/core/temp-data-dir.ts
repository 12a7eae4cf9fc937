// Tests only: a throwaway DATA_DIR (uploads, media files), so tests never write to the developer's ./.data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Makes a fresh directory named `prefix…` under the system temp folder and points DATA_DIR at it. */
export function makeTempDataDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  process.env.DATA_DIR = dir;
  return dir;
}

export function removeTempDataDir(dir = process.env.DATA_DIR): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
