// Test helpers for archives: write one to a file, read one back into a name → bytes map.
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { MediaStorage } from '@/lib/media/storage';
import { exportArchive, type ArchiveActor } from './export';
import { openZip } from './zip-reader';

export async function exportToFile(file: string, options: { storage: MediaStorage; withCredentials?: boolean; actor?: ArchiveActor }) {
  const { stream, finished } = exportArchive(options.actor ?? 'command-line', options);
  await pipeline(stream, fs.createWriteStream(file));
  return finished;
}

export async function readArchive(file: string): Promise<Map<string, Buffer>> {
  const zip = await openZip(file);
  const out = new Map<string, Buffer>();
  for (const name of [...zip.entries.keys()].sort()) out.set(name, await zip.read(name, Infinity, `${name} is too large`));
  zip.close();
  return out;
}

/** A zip with exactly these entries (hand-made archives for the bad-input tests). */
export async function writeZip(file: string, entries: Record<string, string | Buffer>) {
  const zip = new yazl.ZipFile();
  for (const [name, data] of Object.entries(entries)) zip.addBuffer(Buffer.from(data), name);
  zip.end();
  await pipeline(zip.outputStream, fs.createWriteStream(file));
}
