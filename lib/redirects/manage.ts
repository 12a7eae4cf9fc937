// Redirects as admins manage them: list (searchable, paginated), add or change one, delete one. Every
// write is authorized (redirect:manage), validated with zod and expires the redirects cache tag.
import 'server-only';
import { and, asc, count, eq, ilike, or } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { redirects, type Redirect } from '@/db/schema';
import { expireTags } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { normalizeFromPath } from '@/lib/import/wordpress/old-urls';
import { can, type Actor } from '@/lib/permissions/can';
import { malformed } from '@/lib/core/result';

export type RedirectRow = Pick<Redirect, 'fromPath' | 'toPath' | 'status' | 'source'> & { updatedAt: string };
export type RedirectFieldErrors = Partial<Record<'fromPath' | 'toPath' | 'status', string>>;
export type RedirectResult =
  | { ok: true; redirect: RedirectRow }
  | { ok: false; code: 'invalid' | 'forbidden' | 'conflict' | 'not_found'; error: string; fieldErrors?: RedirectFieldErrors };

const sitePath = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(2000, `Keep the ${label} under 2,000 characters.`)
    .refine((v) => v.startsWith('/') && !v.startsWith('//') && !/[\s\u0000-\u001f]/.test(v), `The ${label} must be a path on this site, starting with /.`);

export const redirectInputSchema = z.object({
  /** The address being edited, when changing an existing redirect. */
  originalFromPath: z.string().max(2000).optional(),
  fromPath: sitePath('old address').refine((v) => normalizeFromPath(v) !== '/', 'The home page cannot redirect.'),
  toPath: sitePath('new address'),
  status: z.coerce.number().refine((n) => n === 301 || n === 308, 'Choose 301 or 308.'),
});

const toRow = (r: Redirect): RedirectRow => ({ fromPath: r.fromPath, toPath: r.toPath, status: r.status, source: r.source, updatedAt: r.updatedAt.toISOString() });

export const REDIRECTS_PAGE_SIZE = 50;

export async function listRedirects(actor: Actor | null, options: { page?: number; query?: string } = {}): Promise<{ items: RedirectRow[]; total: number; page: number }> {
  const page = Math.max(1, Math.floor(options.page ?? 1));
  if (!can(actor, { kind: 'redirect:manage' })) return { items: [], total: 0, page };
  const db = await getDb();
  const q = options.query?.trim();
  const where = q ? or(ilike(redirects.fromPath, `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`), ilike(redirects.toPath, `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(redirects).where(where).orderBy(asc(redirects.fromPath)).limit(REDIRECTS_PAGE_SIZE).offset((page - 1) * REDIRECTS_PAGE_SIZE),
    db.select({ n: count() }).from(redirects).where(where),
  ]);
  return { items: rows.map(toRow), total: total?.n ?? 0, page };
}

export async function saveRedirect(actor: Actor | null, input: unknown): Promise<RedirectResult> {
  if (!can(actor, { kind: 'redirect:manage' })) return { ok: false, code: 'forbidden', error: 'Only administrators manage redirects.' };
  const parsed = redirectInputSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: RedirectFieldErrors = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0]) as keyof RedirectFieldErrors] ??= issue.message;
    return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors };
  }
  const fromPath = normalizeFromPath(parsed.data.fromPath);
  const toPath = parsed.data.toPath;
  if (normalizeFromPath(toPath) === fromPath) {
    return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors: { toPath: 'A redirect cannot point at itself.' } };
  }
  const original = parsed.data.originalFromPath ? normalizeFromPath(parsed.data.originalFromPath) : null;
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<RedirectResult> => {
    if (original !== fromPath) {
      const [clash] = await tx.select({ fromPath: redirects.fromPath }).from(redirects).where(eq(redirects.fromPath, fromPath));
      if (clash) return { ok: false, code: 'conflict', error: 'Check the highlighted fields.', fieldErrors: { fromPath: 'That old address already redirects; edit that one instead.' } };
    }
    if (original) {
      const [gone] = await tx.delete(redirects).where(eq(redirects.fromPath, original)).returning();
      if (!gone) return { ok: false, code: 'not_found', error: 'That redirect no longer exists; reload the page.' };
    }
    const [row] = await tx.insert(redirects).values({ fromPath, toPath, status: parsed.data.status, source: 'manual' }).returning();
    return { ok: true, redirect: toRow(row!) };
  });
  if (result.ok) expireTags([cacheTags.redirects]);
  return result;
}

export async function deleteRedirect(actor: Actor | null, input: unknown): Promise<RedirectResult> {
  if (!can(actor, { kind: 'redirect:manage' })) return { ok: false, code: 'forbidden', error: 'Only administrators manage redirects.' };
  const parsed = z.object({ fromPath: z.string().min(1).max(2000) }).safeParse(input);
  if (!parsed.success) return malformed();
  const db = await getDb();
  const [row] = await db.delete(redirects).where(and(eq(redirects.fromPath, normalizeFromPath(parsed.data.fromPath)))).returning();
  if (!row) return { ok: false, code: 'not_found', error: 'That redirect no longer exists; reload the page.' };
  expireTags([cacheTags.redirects]);
  return { ok: true, redirect: toRow(row) };
}
