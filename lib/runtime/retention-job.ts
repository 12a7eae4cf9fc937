// Hourly housekeeping on every instance: prune audit entries past their retention and long-dead
// session rows. Both are plain conditional deletes, so instances running them at once do no harm. It
// lives in lib/runtime because it spans the audit log (base) and sessions (identity).
import 'server-only';
import { getConfig } from '@/lib/config/env';
import type { Job } from '@/lib/core/job';
import { pruneStaffSessions } from '@/lib/sessions/lifecycle';
import { pruneAuditLog } from '@/lib/audit/prune';

export async function runRetention(): Promise<void> {
  const entries = await pruneAuditLog(getConfig().auditRetentionDays);
  const sessions = await pruneStaffSessions();
  if (entries || sessions) console.log(`[retention] pruned ${entries} audit entr${entries === 1 ? 'y' : 'ies'} and ${sessions} old session row(s)`);
}

export function retentionJob(): Job {
  return { name: 'retention', everyMs: 60 * 60 * 1000, run: runRetention };
}
