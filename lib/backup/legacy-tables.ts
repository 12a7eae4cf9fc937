// Files of older archives whose tables this Byline has folded into others: archives from before the one
// redirects table kept old slugs in tag_redirects.jsonl and article_redirects.jsonl; they are restored as
// the `redirects` rows the migration made of them (docs/export-format.md, "Compatibility").
import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { articles, redirects } from '@/db/schema';
import { targetColumns, type EntityTarget } from '@/lib/redirects/target';
import { publicPathFor, tagPath } from '@/lib/core/routes';

export type LegacyTable = {
  /** The file's table name in the archives that have it. */
  name: string;
  line: z.ZodType<Record<string, unknown>>;
  /** Writes one batch of checked lines; a string is a problem with the line at that index. */
  write: (tx: Tx, lines: Record<string, unknown>[]) => Promise<{ problem: string; index: number } | null>;
};

const oldSlugLine = <K extends string>(key: K) =>
  z.strictObject({ from_slug: z.string().min(1).max(2000), [key]: z.guid(), created_at: z.iso.datetime().optional() } as Record<string, z.ZodType>);

type OldSlugRow = { fromPath: string; target: EntityTarget; createdAt?: string };

/** A thing's old address is answered before any stored path there, as on migration: it replaces one. */
async function writeOldSlugs(tx: Tx, rows: OldSlugRow[]) {
  for (const row of rows) {
    const created = row.createdAt ? sql`${row.createdAt}::timestamptz` : sql`now()`;
    const values = { source: 'slug-change' as const, ...targetColumns(row.target), createdAt: created, updatedAt: created };
    await tx
      .insert(redirects)
      .values({ fromPath: row.fromPath, ...values })
      .onConflictDoUpdate({ target: redirects.fromPath, set: values });
  }
}

export const LEGACY_TABLES: readonly LegacyTable[] = [
  {
    name: 'tag_redirects',
    line: oldSlugLine('tag_id'),
    write: async (tx, lines) => {
      await writeOldSlugs(
        tx,
        lines.map((l) => ({ fromPath: tagPath(String(l.from_slug)), target: { kind: 'tag', id: String(l.tag_id) }, createdAt: l.created_at as string | undefined })),
      );
      return null;
    },
  },
  {
    name: 'article_redirects',
    line: oldSlugLine('article_id'),
    write: async (tx, lines) => {
      // An article's old slug was under /news/, a page's at the top level: the article says which it is.
      const ids = [...new Set(lines.map((l) => String(l.article_id)))];
      const kinds = new Map((await tx.select({ id: articles.id, kind: articles.kind }).from(articles).where(inArray(articles.id, ids))).map((a) => [a.id, a.kind]));
      const missing = lines.findIndex((l) => !kinds.has(String(l.article_id)));
      if (missing >= 0) return { index: missing, problem: `article_id: no article ${String(lines[missing]!.article_id)} in articles.jsonl` };
      await writeOldSlugs(
        tx,
        lines.map((l) => ({
          fromPath: publicPathFor(kinds.get(String(l.article_id))!, String(l.from_slug)),
          target: { kind: 'article', id: String(l.article_id) },
          createdAt: l.created_at as string | undefined,
        })),
      );
      return null;
    },
  },
];
