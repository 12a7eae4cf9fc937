// Redirects as admins manage them: the stored paths (their own and an imported site's), listed
// (searchable, paginated), added or changed, deleted. Old addresses that follow a renamed article, tag or
// author are their domain's and not shown here. Every write is authorized (redirect:manage), validated
// with zod, refuses chains and loops, and expires the redirects cache tag.
import 'server-only';
import { and, asc, count, eq, ilike, inArray, isNotNull, ne, or } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Tx } from '@/db/client';
import { redirects, type Redirect } from '@/db/schema';
import { expireTags } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { can, type Actor } from '@/lib/permissions/can';
import { malformed } from '@/lib/core/result';
import { normalizeFromPath } from './path';
import { findRedirectTargets } from './record';

export type RedirectRow = Pick<Redirect, 'fromPath' | 'status' | 'source'> & { toPath: string; updatedAt: string };
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

const toRow = (r: Redirect): RedirectRow => ({ fromPath: r.fromPath, toPath: r.toPath ?? '', status: r.status, source: r.source, updatedAt: r.updatedAt.toISOString() });

export const REDIRECTS_PAGE_SIZE = 50;

/** The rows this screen manages: a stored path (a thing's old addresses follow it, not a path). */
const storedPaths = isNotNull(redirects.toPath);

const invalidField = (fieldErrors: RedirectFieldErrors): RedirectResult => ({ ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors });

export async function listRedirects(actor: Actor | null, options: { page?: number; query?: string } = {}): Promise<{ items: RedirectRow[]; total: number; page: number }> {
  const page = Math.max(1, Math.floor(options.page ?? 1));
  if (!can(actor, { kind: 'redirect:manage' })) return { items: [], total: 0, page };
  const db = await getDb();
  const q = options.query?.trim();
  const like = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(storedPaths, like ? or(ilike(redirects.fromPath, like), ilike(redirects.toPath, like)) : undefined);
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
  if (normalizeFromPath(toPath) === fromPath) return invalidField({ toPath: 'A redirect cannot point at itself.' });
  const original = parsed.data.originalFromPath ? normalizeFromPath(parsed.data.originalFromPath) : null;
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<RedirectResult> => {
    if (original !== fromPath) {
      const [clash] = await tx.select({ fromPath: redirects.fromPath, toPath: redirects.toPath }).from(redirects).where(eq(redirects.fromPath, fromPath));
      if (clash && clash.toPath === null) return { ok: false, code: 'conflict', error: 'Check the highlighted fields.', fieldErrors: { fromPath: 'That is an old address of a renamed article, tag or author, and it follows that page.' } };
      if (clash) return { ok: false, code: 'conflict', error: 'Check the highlighted fields.', fieldErrors: { fromPath: 'That old address already redirects; edit that one instead.' } };
    }
    const chainProblem = await chainOrLoop(tx, { fromPath, toPath, original });
    if (chainProblem) return invalidField(chainProblem);
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
  const [row] = await db.delete(redirects).where(and(eq(redirects.fromPath, normalizeFromPath(parsed.data.fromPath)), storedPaths)).returning();
  if (!row) return { ok: false, code: 'not_found', error: 'That redirect no longer exists; reload the page.' };
  expireTags([cacheTags.redirects]);
  return { ok: true, redirect: toRow(row) };
}

/**
 * A redirect whose new address itself redirects, or to whose old address others already redirect,
 * would make a chain (two hops for every reader), and one that comes back round a loop: both refused,
 * naming the address to use instead. `original` is the row being changed (about to go).
 */
async function chainOrLoop(tx: Tx, input: { fromPath: string; toPath: string; original: string | null }): Promise<RedirectFieldErrors | null> {
  const [onward] = (await findRedirectTargets(tx, [input.toPath])).filter((r) => r.fromPath !== input.original);
  if (onward) {
    const target = onward.target;
    if (target.kind === 'path' && normalizeFromPath(target.path) === input.fromPath) return { toPath: 'That address redirects back here: the two would loop.' };
    return { toPath: target.kind === 'path' ? `That address itself redirects to ${target.path}; point at that instead.` : `That address is an old one of a renamed ${target.kind}; point at its current address instead.` };
  }
  const [inbound] = await tx
    .select({ fromPath: redirects.fromPath })
    .from(redirects)
    .where(and(inArray(redirects.toPath, [input.fromPath, `${input.fromPath}/`]), input.original ? ne(redirects.fromPath, input.original) : undefined))
    .limit(1);
  return inbound ? { fromPath: `${inbound.fromPath} already redirects to this address; change that one to point at the new address first.` } : null;
}
