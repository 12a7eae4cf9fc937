// Readiness probe for load balancers and the test harness.
import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';

export async function checkDatabase(): Promise<boolean> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
