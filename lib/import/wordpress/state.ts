// The shared state of one WordPress import run: the maps from WordPress IDs to Byline rows, the counts
// and the per-item problems that end up in the report.
import type { Db } from '@/db/client';
import type { ImportCounts, ImportProblem } from '@/db/schema';

export type MediaRef = { id: string; storageKey: string; alt: string; caption: string; credit: string; width: number; height: number };

export type RunState = {
  db: Db;
  site: string;
  dryRun: boolean;
  actorId: string;
  uploadsDir: string | null;
  /** WordPress login → Byline user id (and slug, for the author redirect). */
  authors: Map<string, { id: string; slug: string }>;
  /** `category:slug` / `post_tag:slug` → Byline tag. */
  terms: Map<string, { id: string; slug: string }>;
  /** WordPress attachment ID → media row. */
  media: Map<string, MediaRef>;
  /** Path below wp-content/uploads (original and every size) → WordPress attachment ID. */
  uploadPaths: Map<string, string>;
  /** Article slugs this run has taken, to catch duplicates inside the export. */
  slugs: Map<string, string>;
  counts: ImportCounts;
  problems: ImportProblem[];
};

export const MAX_PROBLEMS = 5000;

export function report(state: RunState, item: string, message: string): void {
  if (state.problems.length < MAX_PROBLEMS) state.problems.push({ item, message });
  else if (state.problems.length === MAX_PROBLEMS) state.problems.push({ item: 'report', message: 'More problems than the report keeps; the first 5,000 are listed.' });
}
