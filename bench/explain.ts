// Checks that every query behind a public page uses an index: runs the public reads with a query
// logger, then EXPLAINs each captured statement and reports sequential scans over article tables.
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';

export type CapturedQuery = { query: string; params: unknown[] };
export type ExplainFinding = { query: string; seqScans: string[]; plan: string };

const ARTICLE_TABLES = new Set(['articles', 'published_articles', 'article_tags', 'article_authors', 'redirects']);

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] };

function seqScans(node: PlanNode, out: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] && ARTICLE_TABLES.has(node['Relation Name'])) out.push(node['Relation Name']);
  node.Plans?.forEach((child) => seqScans(child, out));
  return out;
}

function inline(query: string, params: unknown[]): string {
  return query.replace(/\$(\d+)/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    if (value === null || value === undefined) return 'null';
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value instanceof Date) return `'${value.toISOString()}'`;
    if (Array.isArray(value)) return `'{${value.map((v) => `"${String(v).replace(/"/g, '\\"')}"`).join(',')}}'`;
    return `'${String(value).replace(/'/g, "''")}'`;
  });
}

export async function explainAll(db: Db, captured: CapturedQuery[]): Promise<ExplainFinding[]> {
  const seen = new Set<string>();
  const findings: ExplainFinding[] = [];
  for (const { query, params } of captured) {
    if (!/^\s*select/i.test(query) || seen.has(query)) continue;
    seen.add(query);
    const result = (await db.execute(sql.raw(`explain (format json) ${inline(query, params)}`))) as unknown as { rows: Record<string, unknown>[] };
    const raw = Object.values(result.rows[0]!)[0];
    const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
    findings.push({ query: query.slice(0, 160), seqScans: seqScans(plan[0]!.Plan), plan: JSON.stringify(plan[0]!.Plan).slice(0, 400) });
  }
  return findings;
}
