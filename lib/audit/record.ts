// The one writer of the audit log: every recorded event goes through recordAudit, inside the
// transaction of the change it records, so an entry exists exactly when its change committed.
import 'server-only';
import type { Db, Tx } from '@/db/client';
import { auditLog } from '@/db/schema';
import type { RequestOrigin } from '@/lib/core/request-origin';
import type { AuditAction, AuditObjectType } from './actions';

/**
 * Who acted: a staff member (any `Actor`, e.g. the StaffUser from getCurrentUser, which carries its
 * session id and request origin), 'system' for background jobs, or null for an unrecognised visitor.
 */
export type AuditActor = { id: string; sessionId?: string | null; origin?: RequestOrigin } | 'system' | null;

export type AuditEntry = {
  actor: AuditActor;
  action: AuditAction;
  objectType?: AuditObjectType;
  objectId?: string | null;
  /** One short sentence, e.g. 'Published "Harbour ferry timetable changes"'. */
  summary: string;
  /** A few facts worth keeping (changed fields, old and new role...); never secrets. */
  details?: Record<string, unknown>;
  /** Where the request came from, when the actor carries no origin (failed sign-in, set-password link). */
  origin?: RequestOrigin;
};

const MAX_SUMMARY = 500;

/** PostgreSQL text refuses NUL, and lone surrogates are not valid UTF-8: an entry must never fail its change. */
function clean(value: string, max: number): string {
  return value.replace(/\u0000/g, '').toWellFormed().slice(0, max);
}

function cleanDetails(details: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (!details) return null;
  return JSON.parse(JSON.stringify(details, (_key, value: unknown) => (typeof value === 'string' ? clean(value, 1000) : value))) as Record<string, unknown>;
}

export async function recordAudit(q: Db | Tx, entry: AuditEntry): Promise<void> {
  const staff = entry.actor && entry.actor !== 'system' ? entry.actor : null;
  const origin = entry.origin ?? staff?.origin ?? null;
  await q.insert(auditLog).values({
    actorId: staff?.id ?? null,
    actorKind: entry.actor === 'system' ? 'system' : staff ? 'staff' : 'anonymous',
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    summary: clean(entry.summary, MAX_SUMMARY),
    details: cleanDetails(entry.details),
    ip: origin?.ip ? clean(origin.ip, 64) : null,
    userAgent: origin?.userAgent ? clean(origin.userAgent, 512) : null,
    sessionId: staff?.sessionId ?? null,
  });
}
