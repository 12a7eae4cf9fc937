// Reading the audit log (administrators only): filters by person, action and date range, newest first, paginated.
import 'server-only';
import { and, count, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { can, type Actor } from '@/lib/permissions/can';
import { auditActionLabels, isAuditAction, type AuditAction } from './actions';

export const AUDIT_PAGE_SIZE = 50;

const day = /^\d{4}-\d{2}-\d{2}$/;
const optional = (schema: z.ZodType<string>) => z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined), schema.optional());

/** The filter form's fields as they arrive in the URL; each bad value gets its own message. */
export const auditFilterSchema = z
  .object({
    person: optional(z.uuid('Choose a person from the list.')),
    action: optional(z.string().refine(isAuditAction, 'Choose an action from the list.')),
    from: optional(z.string().regex(day, 'Use a date such as 2026-11-30.').refine((v) => !Number.isNaN(Date.parse(v)), 'Use a real date.')),
    to: optional(z.string().regex(day, 'Use a date such as 2026-11-30.').refine((v) => !Number.isNaN(Date.parse(v)), 'Use a real date.')),
    page: z.preprocess((v) => (typeof v === 'string' && /^\d{1,6}$/.test(v) ? Number(v) : 1), z.number().int().min(1)),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: 'The end date is before the start date.' });

export type AuditFilters = { person?: string; action?: AuditAction; from?: string; to?: string; page: number };
export type AuditFilterErrors = Partial<Record<'person' | 'action' | 'from' | 'to', string>>;

/** Parses the page's search params: the valid filters, and a message for each field that was not. */
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): { filters: AuditFilters; errors: AuditFilterErrors } {
  const raw = Object.fromEntries(['person', 'action', 'from', 'to', 'page'].map((k) => [k, typeof params[k] === 'string' ? params[k] : undefined]));
  const parsed = auditFilterSchema.safeParse(raw);
  if (parsed.success) return { filters: parsed.data as AuditFilters, errors: {} };
  const errors: AuditFilterErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof AuditFilterErrors;
    errors[field] ??= issue.message;
  }
  // Keep the fields that were fine, so one bad date does not drop the rest of the search.
  const kept = auditFilterSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([k]) => !(k in errors))));
  return { filters: kept.success ? (kept.data as AuditFilters) : { page: 1 }, errors };
}

export type AuditEntryView = {
  id: string;
  createdAt: Date;
  actorKind: 'staff' | 'system' | 'anonymous';
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  actionLabel: string;
  objectType: string | null;
  objectId: string | null;
  summary: string;
  ip: string | null;
  userAgent: string | null;
};

export type AuditPage = { entries: AuditEntryView[]; total: number; page: number; pageSize: number };

/** Entries matching the filters, newest first; "person" matches what they did and what was done to them. */
export async function listAuditEntries(actor: Actor | null, filters: AuditFilters): Promise<AuditPage | null> {
  if (!can(actor, { kind: 'audit:view' })) return null;
  const conditions: SQL[] = [];
  if (filters.person) {
    conditions.push(or(eq(auditLog.actorId, filters.person), and(eq(auditLog.objectType, 'user'), eq(auditLog.objectId, filters.person)))!);
  }
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  // Dates are whole UTC days, "to" included.
  if (filters.from) conditions.push(gte(auditLog.createdAt, new Date(`${filters.from}T00:00:00Z`)));
  if (filters.to) conditions.push(lt(auditLog.createdAt, sql`${`${filters.to}T00:00:00Z`}::timestamptz + interval '1 day'`));
  const where = conditions.length ? and(...conditions) : undefined;
  const db = await getDb();
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(auditLog).where(where);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const rows = await db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      actorKind: auditLog.actorKind,
      actorId: auditLog.actorId,
      actorName: users.name,
      actorEmail: users.email,
      action: auditLog.action,
      objectType: auditLog.objectType,
      objectId: auditLog.objectId,
      summary: auditLog.summary,
      ip: auditLog.ip,
      userAgent: auditLog.userAgent,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  return {
    entries: rows.map((row) => ({ ...row, actionLabel: isAuditAction(row.action) ? auditActionLabels[row.action] : row.action })),
    total,
    page,
    pageSize: AUDIT_PAGE_SIZE,
  };
}
