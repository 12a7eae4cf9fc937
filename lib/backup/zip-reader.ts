// Reads a zip by its central directory (yauzl): the entries by name, then any entry as a stream.
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ArchiveError } from './format';

export type ZipReader = {
  entries: Map<string, Entry>;
  open(name: string): Promise<Readable>;
  read(name: string): Promise<Buffer>;
  close(): void;
};

export async function openZip(file: string): Promise<ZipReader> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, z) => {
      if (error || !z) {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        reject(new ArchiveError(code === 'ENOENT' ? `${file} does not exist.` : `${file} is not a complete zip archive (${error?.message ?? 'unreadable'}).`));
      } else resolve(z);
    }),
  );
  const entries = new Map<string, Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve());
    zip.once('error', (error: Error) => reject(new ArchiveError(`${file} is not a complete zip archive (${error.message}).`)));
    zip.readEntry();
  }).catch((error: unknown) => {
    zip.close();
    throw error;
  });
  const open = (name: string) =>
    new Promise<Readable>((resolve, reject) => {
      const entry = entries.get(name);
      if (!entry) return reject(new ArchiveError(`The archive has no ${name}.`));
      zip.openReadStream(entry, (error, stream) => (error || !stream ? reject(new ArchiveError(`${name} cannot be read: ${error?.message}`)) : resolve(stream)));
    });
  return {
    entries,
    open,
    async read(name) {
      const chunks: Buffer[] = [];
      try {
        for await (const chunk of await open(name)) chunks.push(chunk as Buffer);
      } catch (error) {
        throw error instanceof ArchiveError ? error : new ArchiveError(`${name} cannot be read: ${(error as Error).message}`);
      }
      return Buffer.concat(chunks);
    },
    close: () => zip.close(),
  };
}
