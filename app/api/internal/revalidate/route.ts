// Expires THIS instance's page cache for code that runs outside a request (lib/cache/expire-here.ts):
// Next's revalidateTag works only inside one. Announcing to peers and queueing edge purges are done by
// the caller's write path (lib/cache/invalidate.ts), never here.
import { revalidatePath, revalidateTag } from 'next/cache';
import { z } from 'zod';
import { isInternalRequest } from '@/lib/security/internal-token';

const bodySchema = z.object({
  tags: z.array(z.string().min(1).max(256)).max(500).default([]),
  /** Expire every public page (start-up: pages prerendered at build time hold no data). */
  all: z.boolean().default(false),
});

export async function POST(request: Request) {
  if (!isInternalRequest(request)) return Response.json({ error: 'forbidden' }, { status: 403 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'invalid' }, { status: 400 });
  // `expire: 0`: the next request re-renders instead of being served the stale page.
  for (const tag of new Set(parsed.data.tags)) revalidateTag(tag, { expire: 0 });
  if (parsed.data.all) revalidatePath('/', 'layout');
  return Response.json({ ok: true });
}
