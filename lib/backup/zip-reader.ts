// Reads a zip by its central directory (yauzl): the entries by name, then any entry as a stream that
// stops at a limit. The limit counts the bytes actually inflated, not the entry's declared size.
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ArchiveError } from './format';

export type ZipReader = {
  entries: Map<string, Entry>;
  /** The entry's inflated bytes; past `limit` of them it throws an ArchiveError with `tooLarge` and stops inflating. */
  open(name: string, limit: number, tooLarge: string): AsyncGenerator<Buffer>;
  read(name: string, limit: number, tooLarge: string): Promise<Buffer>;
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
  const openStream = (name: string) =>
    new Promise<Readable>((resolve, reject) => {
      const entry = entries.get(name);
      if (!entry) return reject(new ArchiveError(`The archive has no ${name}.`));
      zip.openReadStream(entry, (error, stream) => (error || !stream ? reject(new ArchiveError(`${name} cannot be read: ${error?.message}`)) : resolve(stream)));
    });
  async function* open(name: string, limit: number, tooLarge: string): AsyncGenerator<Buffer> {
    const stream = await openStream(name);
    let total = 0;
    try {
      for await (const chunk of stream) {
        total += (chunk as Buffer).byteLength;
        if (total > limit) throw new ArchiveError(tooLarge);
        yield chunk as Buffer;
      }
    } finally {
      // Stops the inflater (and the file reads behind it) when the reader gives up early.
      stream.destroy();
    }
  }
  return {
    entries,
    open,
    async read(name, limit, tooLarge) {
      const chunks: Buffer[] = [];
      try {
        for await (const chunk of open(name, limit, tooLarge)) chunks.push(chunk);
      } catch (error) {
        throw error instanceof ArchiveError ? error : new ArchiveError(`${name} cannot be read: ${(error as Error).message}`);
      }
      return Buffer.concat(chunks);
    },
    close: () => zip.close(),
  };
}
