// Stores the old site's addresses as redirects to their Byline pages, in batches; an admin's own
// redirect for the same address is never overwritten by an import.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { redirects } from '@/db/schema';
import type { RunState } from './state';

export class RedirectBatch {
  private pending = new Map<string, string>();
  written = 0;

  constructor(private readonly state: RunState) {}

  async add(fromPath: string, toPath: string): Promise<void> {
    if (fromPath === toPath || fromPath === '/') return;
    this.pending.set(fromPath, toPath);
    if (this.pending.size >= 500) await this.flush();
  }

  async flush(): Promise<void> {
    const rows = [...this.pending].map(([fromPath, toPath]) => ({ fromPath, toPath, status: 308, source: 'wordpress' as const }));
    this.pending.clear();
    if (!rows.length) return;
    this.written += rows.length;
    if (this.state.dryRun) return;
    await this.state.db
      .insert(redirects)
      .values(rows)
      .onConflictDoUpdate({
        target: redirects.fromPath,
        set: { toPath: sql`excluded.to_path`, updatedAt: sql`now()` },
        setWhere: eq(redirects.source, 'wordpress'),
      });
  }
}
