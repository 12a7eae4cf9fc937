// Retention: the only deletion path of the audit log. Entries older than AUDIT_RETENTION_DAYS go; a
// database trigger refuses to delete anything younger than 30 days whatever the caller asks.
import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditLog } from '@/db/schema';

export async function pruneAuditLog(retentionDays: number): Promise<number> {
  const db = await getDb();
  const deleted = await db
    .delete(auditLog)
    .where(sql`${auditLog.createdAt} < now() - make_interval(days => ${Math.max(30, Math.floor(retentionDays))})`)
    .returning({ id: auditLog.id });
  return deleted.length;
}
