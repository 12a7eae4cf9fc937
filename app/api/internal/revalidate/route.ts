// Expires cache tags on behalf of code that runs outside a request (scheduler, start-up refresh).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { expireTags } from '@/lib/cache/invalidate';
import { forgetHotPages } from '@/lib/runtime/hot-pages';
import { isInternalRequest } from '@/lib/security/internal-token';

const bodySchema = z.object({
  tags: z.array(z.string().min(1).max(256)).max(500).default([]),
  /** Expire every public page (start-up: pages prerendered at build time hold no data). */
  all: z.boolean().default(false),
  /** Tags another instance announced: expire here without announcing them again. */
  fromPeer: z.boolean().default(false),
  /** The write already queued its edge purge in its own transaction (the scheduler). */
  edgeQueued: z.boolean().default(false),
});

export async function POST(request: Request) {
  if (!isInternalRequest(request)) return Response.json({ error: 'forbidden' }, { status: 403 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'invalid' }, { status: 400 });
  expireTags(parsed.data.tags, { announce: !parsed.data.fromPeer, edgeQueued: parsed.data.edgeQueued });
  if (parsed.data.all) {
    revalidatePath('/', 'layout');
    forgetHotPages();
  }
  return Response.json({ ok: true });
}
