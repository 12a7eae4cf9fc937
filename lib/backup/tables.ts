// What a Byline archive holds: every table of db/schema/ is exported (in foreign-key order, parents
// first) or listed in EXCLUDED_TABLES with its reason. tables.test.ts fails when a table is neither,
// so a new table is one line here.
import type { PgTable } from 'drizzle-orm/pg-core';
import * as schema from '@/db/schema';
import { articleFieldsSchema } from '@/lib/articles/fields';
import { checkArticleDoc } from '@/lib/content/schema';

/** A restore check beyond the column types: a problem ("field: message"), or null. */
type RowCheck = (row: Record<string, unknown>) => string | null;

export type BackupTable = {
  table: PgTable;
  /** Sign-in secrets: exported only with `--with-credentials`. */
  credentials?: boolean;
  /** Columns that are credentials in a table that is not (written as null without credentials). */
  credentialColumns?: string[];
  /** Checks a line must pass besides its column types (bodies go through the editor's own validator). */
  check?: RowCheck;
};

const body =
  (column: string): RowCheck =>
  (row) => {
    const result = checkArticleDoc(row[column]);
    return result.ok ? null : `${column}: ${result.error}`;
  };

/** A revision's snapshot is the article's fields as the editor saves them (lib/articles/fields.ts). */
const snapshot: RowCheck = (row) => {
  const parsed = articleFieldsSchema.safeParse(row.snapshot);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `snapshot.${issue.path.join('.')}: ${issue.message}`;
  }
  const doc = checkArticleDoc((row.snapshot as { body: unknown }).body);
  return doc.ok ? null : `snapshot.body: ${doc.error}`;
};

/** Exported tables, parents before the rows that point at them (a restore inserts in this order). */
export const BACKUP_TABLES: readonly BackupTable[] = [
  { table: schema.media },
  { table: schema.users, credentialColumns: ['password_hash'] },
  { table: schema.tags },
  { table: schema.articles, check: body('body') },
  { table: schema.articleTags },
  { table: schema.articleAuthors },
  { table: schema.publishedArticles, check: body('body') },
  { table: schema.revisions, check: snapshot },
  { table: schema.siteSettings },
  // After articles, tags and users: a redirect may follow any of them.
  { table: schema.redirects },
  { table: schema.imports },
  { table: schema.importedItems },
  { table: schema.totpFactors, credentials: true },
  { table: schema.recoveryCodes, credentials: true },
  { table: schema.passkeys, credentials: true },
  { table: schema.liveCoverage },
  { table: schema.liveEntries, check: body('body') },
];

/** Tables an archive never holds, by SQL name, and why. */
export const EXCLUDED_TABLES: Readonly<Record<string, string>> = {
  staff_sessions: 'signed-in browsers of this installation: a restore signs everyone out',
  password_tokens: 'one-time set-password links: secrets that belong to this installation; issue new ones after a restore',
  pending_sign_ins: 'half-finished sign-ins that expire within minutes',
  webauthn_challenges: 'one-time passkey challenges that expire within minutes',
  login_throttle: 'sign-in rate-limit counters',
  article_collab_states:
    "the live-editing documents' binary Yjs state: derived from the articles, and rebuilt from them on the first open after a restore",
  edge_purges: "outbox of cache purges owed to this installation's edge caches",
  audit_log:
    "this installation's security record (who signed in from where and what they did); it stays with the installation, and the restore itself is recorded in the new one",
};
