// The import runs admins see at /dashboard/imports: counts and every per-item problem, newest first.
import 'server-only';
import { desc } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { imports, type ImportCounts, type ImportProblem } from '@/db/schema';
import { can, type Actor } from '@/lib/permissions/can';

export type ImportSummary = {
  id: string;
  source: string;
  site: string;
  fileName: string;
  status: 'running' | 'done' | 'failed';
  counts: ImportCounts;
  problems: ImportProblem[];
  startedAt: string;
  finishedAt: string | null;
};

export async function listImports(actor: Actor | null, limit = 20): Promise<ImportSummary[]> {
  if (!can(actor, { kind: 'import:run' })) return [];
  const db = await getDb();
  const rows = await db.select().from(imports).orderBy(desc(imports.startedAt)).limit(limit);
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    site: r.site,
    fileName: r.fileName,
    status: r.status,
    counts: r.counts,
    problems: r.problems,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  }));
}
