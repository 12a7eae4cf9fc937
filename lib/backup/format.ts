// The archive's envelope: format name and version, the manifest's shape, and the one error type a bad
// archive or a refused restore is reported with (one line, fit to print).
import { z } from 'zod';

export const ARCHIVE_FORMAT = 'byline-export';
/** Bumped only when a reader of the previous version would misread an archive (docs/export-format.md). */
export const ARCHIVE_VERSION = 1;

export const MANIFEST_FILE = 'manifest.json';
export const MEDIA_DIR = 'media/';

// Limits a restore inflates entries to, counted on the bytes actually inflated (a zip's declared sizes
// can lie). They keep a restore's memory flat whatever an archive holds (README, "Moving to and from Byline").
const MiB = 1024 * 1024;
/** The manifest is a few hundred bytes: a table count per table. */
export const MAX_MANIFEST_BYTES = 1 * MiB;
/** The longest line (one row) a .jsonl may hold, in characters: an article with its body and every field. */
export const MAX_LINE_CHARS = 16 * MiB;
/** One .jsonl whatever its manifest count says (the count also bounds it: (rows + 1) × the longest line). */
export const MAX_TABLE_FILE_BYTES = 32 * 1024 * MiB;
/** One media file, original or size, whatever its row records (uploads are at most 10 MB). */
export const MAX_MEDIA_FILE_BYTES = 64 * MiB;

export const manifestSchema = z.object({
  format: z.string(),
  version: z.int().positive(),
  bylineVersion: z.string(),
  /** Volatile: the only value that differs between two exports of the same content. */
  createdAt: z.iso.datetime(),
  siteUrl: z.string(),
  credentials: z.boolean(),
  /** Rows per table (by SQL name); a table missing here was not in the Byline that wrote the archive. */
  counts: z.record(z.string(), z.int().nonnegative()),
  mediaFiles: z.int().nonnegative(),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** An expected failure of an export or a restore: the message is the one line shown to the person. */
export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveError';
  }
}
