// Writes a Byline archive as a zip stream: one JSON Lines file per table (read in keyset batches, so
// memory stays bounded), every media file, and manifest.json last. Nothing is built in memory first.
import 'server-only';
import { Readable } from 'node:stream';
import { asc, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import yazl from 'yazl';
import { getDb, type Db, type Tx } from '@/db/client';
import { media, type MediaVariant } from '@/db/schema';
import packageJson from '@/package.json';
import { recordAudit } from '@/lib/audit/record';
import { getConfig } from '@/lib/config/env';
import { errorFields, logger } from '@/lib/core/log';
import { getStorage, type MediaStorage } from '@/lib/media/storage';
import { can, type Actor } from '@/lib/permissions/can';
import { afterKey, encodeRow, fileOf, keyOrder, selection } from './columns';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, ArchiveError, MANIFEST_FILE, MEDIA_DIR, type Manifest } from './format';
import { BACKUP_TABLES } from './tables';

/** Who exports: a signed-in administrator (dashboard, or `--as` on the command line), or the command line itself. */
export type ArchiveActor = Actor | 'command-line';

export type ExportOptions = { withCredentials?: boolean; storage?: MediaStorage; signal?: AbortSignal; now?: Date };
export type ExportSummary = { counts: Record<string, number>; mediaFiles: number };

const BATCH = 200;

export function mayExport(actor: ArchiveActor | null): boolean {
  return actor === 'command-line' || can(actor, { kind: 'site:export' });
}

/** `byline-2026-11-30.zip`: the dashboard download's name. */
export function archiveFileName(now = new Date()): string {
  return `byline-${now.toISOString().slice(0, 10)}.zip`;
}

/**
 * Starts an export: `stream` is the zip as it is produced (read it, or the export waits), `finished`
 * settles when the last byte is written. On PostgreSQL every read is in one repeatable-read snapshot;
 * the embedded database has one connection, which a long transaction would take from the whole site,
 * so there each batch is its own statement (docs/export-format.md, "Consistency").
 */
export function exportArchive(actor: ArchiveActor, options: ExportOptions = {}): { stream: Readable; finished: Promise<ExportSummary> } {
  if (!mayExport(actor)) throw new ArchiveError('Only an administrator may export the site.');
  const storage = options.storage ?? getStorage();
  const withCredentials = Boolean(options.withCredentials);
  const createdAt = options.now ?? new Date();
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as Readable;
  const counts: Record<string, number> = {};
  let mediaFiles = 0;
  let failure: Error | null = null;
  const entry = { mtime: createdAt };

  const stop = (error: Error) => {
    failure ??= error;
    output.destroy(error);
  };
  const check = () => {
    if (failure) throw failure;
    if (options.signal?.aborted) throw new ArchiveError('The export was cancelled.');
  };
  // Adds an entry whose stream is made when its turn comes, and waits for that turn: the entries before
  // it are written by then, so the queue holds at most one entry ahead and memory stays flat.
  const closed = new Promise<never>((_resolve, reject) => output.once('close', () => reject(failure ?? new ArchiveError('The export was cancelled.'))));
  closed.catch(() => {});
  const add = (name: string, compress: boolean, open: () => Promise<Readable>) =>
    Promise.race([closed, new Promise<void>((resolve) => {
      zip.addReadStreamLazy(name, { ...entry, compress }, (cb) => {
        resolve();
        open().then(
          (stream) => {
            stream.once('error', (error: Error) => stop(error));
            cb(null, stream);
          },
          (error: Error) => stop(error),
        );
      });
    })]);

  async function* lines(q: Db | Tx, table: PgTable, stripped: string[]): AsyncGenerator<string> {
    const name = getTableName(table);
    counts[name] = 0;
    let last: Record<string, unknown> | null = null;
    for (;;) {
      check();
      const base = q.select(selection(table)).from(table);
      const rows = (await (last ? base.where(afterKey(table, last)) : base).orderBy(...keyOrder(table)).limit(BATCH)) as Record<string, unknown>[];
      for (const row of rows) {
        for (const column of stripped) row[column] = null;
        counts[name]++;
        yield encodeRow(table, row) + '\n';
      }
      if (rows.length < BATCH) return;
      last = rows[rows.length - 1]!;
    }
  }

  async function drive(q: Db | Tx) {
    for (const { table, credentials, credentialColumns } of BACKUP_TABLES) {
      if (credentials && !withCredentials) continue;
      const stripped = withCredentials ? [] : (credentialColumns ?? []);
      await add(fileOf(table), true, async () => Readable.from(lines(q, table, stripped)));
    }
    // Every stored file of every media row, in row order: the original, then its sizes.
    let lastId: string | null = null;
    for (;;) {
      check();
      const rows: { id: string; storageKey: string; variants: MediaVariant[] }[] = await q
        .select({ id: media.id, storageKey: media.storageKey, variants: media.variants })
        .from(media)
        .where(lastId ? sql`${media.id} > ${lastId}` : undefined)
        .orderBy(asc(media.id))
        .limit(BATCH);
      for (const row of rows) {
        for (const key of [row.storageKey, ...row.variants.map((v) => v.key)]) {
          // Images are compressed already: stored, not deflated again.
          await add(`${MEDIA_DIR}${key}`, false, async () => {
            const bytes = await storage.get(key);
            if (!bytes) throw new ArchiveError(`The file ${key} of media ${row.id} is missing from storage.`);
            mediaFiles++;
            return Readable.from([bytes]);
          });
        }
      }
      if (rows.length < BATCH) break;
      lastId = rows[rows.length - 1]!.id;
    }
    await add(MANIFEST_FILE, true, async () => {
      const manifest: Manifest = {
        format: ARCHIVE_FORMAT,
        version: ARCHIVE_VERSION,
        bylineVersion: packageJson.version,
        createdAt: createdAt.toISOString(),
        siteUrl: getConfig().siteUrl,
        credentials: withCredentials,
        counts,
        mediaFiles,
      };
      return Readable.from([Buffer.from(JSON.stringify(manifest, null, 2) + '\n')]);
    });
  }

  const finished = (async (): Promise<ExportSummary> => {
    const db = await getDb();
    try {
      if (getConfig().databaseUrl) {
        await db.transaction(drive, { isolationLevel: 'repeatable read', accessMode: 'read only' });
      } else {
        await drive(db);
      }
      zip.end();
      await new Promise<void>((resolve, reject) => {
        output.once('end', resolve);
        output.once('close', resolve);
        output.once('error', reject);
      });
      check();
    } catch (error) {
      stop(error as Error);
      await audit(db, actor, { withCredentials, counts, mediaFiles, completed: false });
      throw error;
    }
    await audit(db, actor, { withCredentials, counts, mediaFiles, completed: true });
    return { counts, mediaFiles };
  })();
  // The caller may only read the stream; a failure still reaches it as the stream's error.
  finished.catch((error: unknown) => logger({ module: 'export' }).warn(errorFields(error), 'export failed'));
  return { stream: output, finished };
}

async function audit(db: Db, actor: ArchiveActor, details: { withCredentials: boolean; counts: Record<string, number>; mediaFiles: number; completed: boolean }) {
  const articles = details.counts.articles ?? 0;
  await recordAudit(db, {
    actor: actor === 'command-line' ? 'system' : actor,
    action: 'content.exported',
    objectType: 'content',
    summary: `${details.completed ? 'Exported' : 'Started but did not finish exporting'} the site: ${articles} articles, ${details.mediaFiles} media files${details.withCredentials ? ', with credentials' : ''}`,
    details: { ...details, by: actor === 'command-line' ? 'command line' : 'dashboard' },
  }).catch((error: unknown) => logger({ module: 'export' }).error(errorFields(error), 'could not record the export in the audit log'));
}
