// Liveness and readiness: answers 200 once the database answers; also says how many purges are still
// owed to the edge caches (a number that keeps growing means an edge is refusing them).
import { owedEdgePurges } from '@/lib/cache/edge-purge';
import { checkDatabase } from '@/lib/runtime/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const ok = await checkDatabase();
  const edgePurgesOwed = ok ? await owedEdgePurges().catch(() => null) : null;
  return Response.json({ ok, edgePurgesOwed }, { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
