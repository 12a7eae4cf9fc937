// Liveness and readiness: answers 200 once the database answers.
import { checkDatabase } from '@/lib/runtime/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const ok = await checkDatabase();
  return Response.json({ ok }, { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
