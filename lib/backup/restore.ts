// Restores a Byline archive into an empty database: checks the manifest, validates every line (column
// types from the schema, bodies with the editor's validator), inserts in foreign-key order in one
// transaction, and writes the media files, removing them again if anything fails. All or nothing.
import 'server-only';
import { StringDecoder } from 'node:string_decoder';
import { and, asc, eq, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { getDb, type Tx } from '@/db/client';
import { media, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { issueSetPasswordLink } from '@/lib/auth/set-password-tokens';
import { expireTags } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { getStorage, isSafeKey, type MediaStorage } from '@/lib/media/storage';
import { fileOf, rowSchema, toInsertValues } from './columns';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  ArchiveError,
  MANIFEST_FILE,
  MAX_LINE_CHARS,
  MAX_MANIFEST_BYTES,
  MAX_MEDIA_FILE_BYTES,
  MAX_TABLE_FILE_BYTES,
  MEDIA_DIR,
  manifestSchema,
  type Manifest,
} from './format';
import { LEGACY_TABLES, type LegacyTable } from './legacy-tables';
import { BACKUP_TABLES, type BackupTable } from './tables';
import { openZip, type ZipReader } from './zip-reader';

export type RestoreOptions = { file: string; storage?: MediaStorage };
export type SetPasswordLinkForAdmin = { email: string; url: string; expiresAt: Date };
export type RestoreResult =
  | { ok: true; manifest: Manifest; counts: Record<string, number>; mediaFiles: number; setPasswordLinks: SetPasswordLinkForAdmin[] }
  | { ok: false; error: string };

const BATCH = 200;
const variantsSchema = z.array(z.object({ key: z.string(), width: z.int(), height: z.int(), bytes: z.int() }));

/**
 * The command line's restore (`npm run import:byline`). There is no one to authorize: the database is
 * empty, so it has no staff, and whoever runs the command already holds the database.
 */
export async function restoreArchive(options: RestoreOptions): Promise<RestoreResult> {
  const storage = options.storage ?? getStorage();
  const created: string[] = [];
  let zip: ZipReader | undefined;
  try {
    zip = await openZip(options.file);
    const manifest = await readManifest(zip, options.file);
    const db = await getDb();
    const counts: Record<string, number> = {};
    await db.transaction(async (tx) => {
      // Checked inside the transaction that fills it, so nothing slips in between on PostgreSQL.
      await requireEmptyDatabase(tx);
      for (const entry of BACKUP_TABLES) {
        const name = getTableName(entry.table);
        // An archive from a Byline before this table existed: nothing to restore into it.
        if (manifest.counts[name] === undefined) continue;
        counts[name] = await restoreTable(tx, zip!, entry, manifest.counts[name], storage, created);
      }
      // An older archive's files for tables since folded into others: after every table they point into.
      for (const legacy of legacyTablesOf(manifest)) {
        counts[legacy.name] = await restoreLegacyTable(tx, zip!, legacy, manifest.counts[legacy.name]!);
      }
      // Live readers resume from change numbers: the sequence continues after the restored ones.
      await tx.execute(
        sql`select setval('live_change_seq', greatest(1, (select coalesce(max(change), 0) from live_coverage), (select coalesce(max(change), 0) from live_entries)))`,
      );
      await recordAudit(tx, {
        actor: 'system',
        action: 'content.imported',
        objectType: 'content',
        summary: `Restored a Byline archive of ${manifest.siteUrl} made ${manifest.createdAt}: ${counts.articles ?? 0} articles, ${created.length} media files`,
        details: { source: 'byline', by: 'command line', file: options.file.split('/').pop(), createdAt: manifest.createdAt, credentials: manifest.credentials, counts },
      });
    });
    expireTags([cacheTags.articleLists, cacheTags.articlePages, cacheTags.tagList, cacheTags.settings, cacheTags.redirects]);
    const setPasswordLinks = manifest.credentials ? [] : await issueAdminLinks();
    return { ok: true, manifest, counts, mediaFiles: manifest.mediaFiles, setPasswordLinks };
  } catch (error) {
    // The transaction rolled back; the files it wrote go too, so a failed restore leaves nothing.
    for (const key of created) await storage.delete(key).catch(() => {});
    if (error instanceof ArchiveError) return { ok: false, error: error.message };
    throw error;
  } finally {
    zip?.close();
  }
}

async function readManifest(zip: ZipReader, file: string): Promise<Manifest> {
  if (!zip.entries.has(MANIFEST_FILE)) throw new ArchiveError(`${file} has no ${MANIFEST_FILE}: it is not a Byline archive.`);
  let raw: unknown;
  try {
    raw = JSON.parse((await zip.read(MANIFEST_FILE, MAX_MANIFEST_BYTES, `${MANIFEST_FILE} is larger than ${MAX_MANIFEST_BYTES / MiB} MiB: it is not a Byline manifest.`)).toString('utf8'));
  } catch (error) {
    throw error instanceof ArchiveError ? error : new ArchiveError(`${MANIFEST_FILE} is not valid JSON.`);
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== ARCHIVE_FORMAT) throw new ArchiveError(`${file} is not a Byline archive (${MANIFEST_FILE} names the format ${JSON.stringify(format ?? null)}).`);
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > ARCHIVE_VERSION) {
    throw new ArchiveError(`${file} uses export format version ${version}, newer than this Byline reads (${ARCHIVE_VERSION}): upgrade Byline, then restore.`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ArchiveError(`${MANIFEST_FILE}: ${issue.path.join('.') || 'manifest'}: ${issue.message}`);
  }
  const known = new Set([...BACKUP_TABLES.map((t) => getTableName(t.table)), ...legacyTablesOf(parsed.data).map((t) => t.name)]);
  const unknown = Object.keys(parsed.data.counts).filter((name) => !known.has(name));
  if (unknown.length) throw new ArchiveError(`${file} holds ${unknown.map((n) => `${n}.jsonl`).join(', ')}, which this Byline does not know: upgrade Byline, then restore.`);
  return parsed.data;
}

/** The folded tables an older archive holds. */
function legacyTablesOf(manifest: Manifest): LegacyTable[] {
  return LEGACY_TABLES.filter((t) => manifest.counts[t.name] !== undefined);
}

async function requireEmptyDatabase(db: Tx) {
  const filled: string[] = [];
  for (const { table } of BACKUP_TABLES) {
    if ((await db.select().from(table).limit(1)).length) filled.push(getTableName(table));
  }
  if (filled.length) {
    throw new ArchiveError(
      `The database is not empty (it has ${filled.join(', ')}): restore only into an empty one, such as a fresh DATA_DIR or a new database named in DATABASE_URL.`,
    );
  }
}

const MiB = 1024 * 1024;

/**
 * The lines of one archive file, numbered from 1; a stream error (a damaged entry) ends it with an
 * ArchiveError. Each chunk is searched on its own (linear time), a line past MAX_LINE_CHARS or a file
 * with more lines than its rows (plus a final blank) is refused, so memory stays bounded whatever it holds.
 */
async function* readLines(zip: ZipReader, file: string, rows: number): AsyncGenerator<[number, string]> {
  const decoder = new StringDecoder('utf8');
  const limit = Math.min(MAX_TABLE_FILE_BYTES, (rows + 1) * (MAX_LINE_CHARS * 3 + 1));
  const tooLong = (n: number) => new ArchiveError(`${file} line ${n} is longer than ${MAX_LINE_CHARS / MiB} MiB, more than any row Byline writes: the archive is damaged.`);
  let pending = '';
  let n = 0;
  const next = () => {
    if (++n > rows + 1) throw new ArchiveError(`${file} has more lines than the ${rows} rows the manifest says: the archive is damaged.`);
    return n;
  };
  try {
    for await (const chunk of zip.open(file, limit, `${file} is larger than its ${rows} rows can be: the archive is damaged.`)) {
      const text = decoder.write(chunk);
      let start = 0;
      let newline: number;
      while ((newline = text.indexOf('\n', start)) >= 0) {
        const line = pending + text.slice(start, newline);
        pending = '';
        if (line.length > MAX_LINE_CHARS) throw tooLong(n + 1);
        yield [next(), line];
        start = newline + 1;
      }
      pending += text.slice(start);
      if (pending.length > MAX_LINE_CHARS) throw tooLong(n + 1);
    }
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(`${file} is damaged after line ${n} (${(error as Error).message}).`);
  }
  pending += decoder.end();
  if (pending.trim()) yield [next(), pending];
}

type LineReader = {
  file: string;
  expected: number;
  /** A checked line (keys by SQL name), or the problem to report with its line number. */
  check: (value: unknown, where: string) => Promise<Record<string, unknown>>;
  /** Writes a batch of checked lines; a problem names the index of the line it is about. */
  write: (rows: Record<string, unknown>[]) => Promise<{ problem: string; index: number } | null>;
};

/** Reads, checks and writes one archive file in batches; every failure names the file and line(s). */
async function restoreLines(zip: ZipReader, reader: LineReader): Promise<number> {
  const { file, expected } = reader;
  if (!zip.entries.has(file)) throw new ArchiveError(`The manifest lists ${file}, but the archive has no such file.`);
  let batch: Record<string, unknown>[] = [];
  let lines: number[] = [];
  let count = 0;
  const flush = async () => {
    if (!batch.length) return;
    let refused: { problem: string; index: number } | null;
    try {
      refused = await reader.write(batch);
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
      throw new ArchiveError(`${file} lines ${lines[0]}–${lines.at(-1)}: the database refused a row (${cause.split('\n')[0]}).`);
    }
    if (refused) throw new ArchiveError(`${file} line ${lines[refused.index]}: ${refused.problem}`);
    batch = [];
    lines = [];
  };
  for await (const [n, text] of readLines(zip, file, expected)) {
    if (!text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new ArchiveError(`${file} line ${n}: not valid JSON.`);
    }
    batch.push(await reader.check(value, `${file} line ${n}`));
    lines.push(n);
    count++;
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  if (count !== expected) throw new ArchiveError(`${file} has ${count} rows, but the manifest says ${expected}: the archive is incomplete.`);
  return count;
}

/** A zod result as a checked line, or the file-and-line error of its first issue. */
function checked(result: z.ZodSafeParseResult<unknown>, where: string): Record<string, unknown> {
  if (result.success) return result.data as Record<string, unknown>;
  const issue = result.error.issues[0]!;
  throw new ArchiveError(`${where}: ${issue.path.join('.') || 'row'}: ${issue.message}`);
}

async function restoreTable(tx: Tx, zip: ZipReader, entry: BackupTable, expected: number, storage: MediaStorage, created: string[]): Promise<number> {
  const { table } = entry;
  const schema = rowSchema(table);
  return restoreLines(zip, {
    file: fileOf(table),
    expected,
    check: async (value, where) => {
      const row = checked(schema.safeParse(value), where);
      const problem = entry.check?.(row);
      if (problem) throw new ArchiveError(`${where}: ${problem}`);
      if (table === media) await restoreMediaFiles(zip, row, where, storage, created);
      return toInsertValues(table, row);
    },
    write: async (rows) => {
      await tx.insert(table as PgTable).values(rows as never);
      return null;
    },
  });
}

async function restoreLegacyTable(tx: Tx, zip: ZipReader, legacy: LegacyTable, expected: number): Promise<number> {
  return restoreLines(zip, {
    file: `${legacy.name}.jsonl`,
    expected,
    check: async (value, where) => checked(legacy.line.safeParse(value), where),
    write: (rows) => legacy.write(tx, rows),
  });
}

/** The original and every size of one media row: present in the archive, the recorded size, then stored. */
async function restoreMediaFiles(zip: ZipReader, row: Record<string, unknown>, where: string, storage: MediaStorage, created: string[]) {
  const variants = variantsSchema.safeParse(row.variants);
  if (!variants.success) throw new ArchiveError(`${where}: variants: ${variants.error.issues[0]!.message}`);
  const files = [{ key: String(row.storage_key), bytes: Number(row.bytes) }, ...variants.data.map((v) => ({ key: v.key, bytes: v.bytes }))];
  for (const { key, bytes } of files) {
    if (!isSafeKey(key)) throw new ArchiveError(`${where}: the storage key "${key}" is not a safe file name.`);
    const name = `${MEDIA_DIR}${key}`;
    if (!zip.entries.has(name)) throw new ArchiveError(`${where}: its file ${name} is missing from the archive.`);
    if (!(bytes >= 0 && bytes <= MAX_MEDIA_FILE_BYTES)) {
      throw new ArchiveError(`${where}: ${name} is recorded as ${bytes} bytes, more than a media file may have (${MAX_MEDIA_FILE_BYTES / MiB} MiB).`);
    }
    // Inflated only up to the recorded size: a file that holds more stops there.
    const data = await zip.read(name, bytes, `${where}: ${name} has more bytes than the row says (${bytes}).`);
    if (data.byteLength !== bytes) throw new ArchiveError(`${where}: ${name} has ${data.byteLength} bytes, the row says ${bytes}.`);
    const existing = await storage.get(key);
    if (existing) {
      // A file left in a reused DATA_DIR: the same bytes are fine, other bytes would be overwritten.
      if (!existing.equals(data)) throw new ArchiveError(`${name} already exists in storage with other content: restore into a fresh DATA_DIR.`);
      continue;
    }
    await storage.put(key, data, 'application/octet-stream');
    created.push(key);
  }
}

/** Without credentials nobody can sign in: each active administrator gets a set-password link. */
async function issueAdminLinks(): Promise<SetPasswordLinkForAdmin[]> {
  const db = await getDb();
  const admins = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.disabled, false)))
    .orderBy(asc(users.email));
  const links: SetPasswordLinkForAdmin[] = [];
  for (const admin of admins) {
    const link = await issueSetPasswordLink(db, { userId: admin.id, createdById: null });
    links.push({ email: admin.email, ...link });
  }
  return links;
}
