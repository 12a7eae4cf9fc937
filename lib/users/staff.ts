// Staff accounts as admins manage them: list, create (with a one-time set-password link), change role,
// disable/re-enable and reset password. Every write checks can(actor, staff:manage) before touching a row.
import 'server-only';
import { announceAccessChange } from '@/lib/core/access-signal';
import { and, asc, eq, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Tx } from '@/db/client';
import { users, type Role } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { issueSetPasswordLink, type IssuedLink } from '@/lib/auth/set-password-tokens';
import { expireTags } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { can, type Actor } from '@/lib/permissions/can';
import { endSessionsOfUser } from '@/lib/sessions/lifecycle';
import { authorSlugSchema, OLD_AUTHOR_ADDRESS_MESSAGE, roleLabels, roleSchema, slugFromName, staffEmailSchema, staffNameSchema } from './fields';
import { authorSlugHolder, type AuthorSlugHolder } from './slugs';
import { forbidden, invalid, notFound, violatedUniqueConstraint, type WriteResult } from '@/lib/core/result';

export type StaffMember = {
  id: string;
  name: string;
  email: string;
  slug: string;
  role: Role;
  disabled: boolean;
  /** False until the person has used their set-password link. */
  hasPassword: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
};

const staffColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  slug: users.slug,
  role: users.role,
  disabled: users.disabled,
  hasPassword: sql<boolean>`${users.passwordHash} is not null`.mapWith(Boolean),
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

const uuid = z.uuid();

/** Everyone on the staff, admins first then by name (admins only; others get an empty list). */
export async function listStaff(actor: Actor | null): Promise<StaffMember[]> {
  if (!can(actor, { kind: 'staff:manage' })) return [];
  const db = await getDb();
  return db
    .select(staffColumns)
    .from(users)
    .orderBy(sql`case ${users.role} when 'admin' then 0 when 'editor' then 1 when 'author' then 2 else 3 end`, asc(users.name));
}

export const createStaffSchema = z.object({
  name: staffNameSchema,
  email: staffEmailSchema,
  role: roleSchema,
  /** Optional: derived from the name when left empty. */
  slug: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), authorSlugSchema.optional()),
});
export type CreateStaffInput = z.input<typeof createStaffSchema>;

/**
 * Creates the account without a password and returns the link the admin hands over (shown once). Its
 * slug may be nobody else's: neither a current one nor another author's old address.
 */
export async function createStaff(actor: Actor | null, input: unknown): Promise<WriteResult<{ member: StaffMember; link: IssuedLink }>> {
  if (!can(actor, { kind: 'staff:manage' })) return forbidden('Only administrators can add staff.');
  const parsed = createStaffSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const { name, email, role } = parsed.data;
  const slug = parsed.data.slug ?? slugFromName(name);
  if (!authorSlugSchema.safeParse(slug).success) {
    return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors: { slug: 'Choose a public slug, e.g. jane-doe.' } };
  }
  const db = await getDb();
  const [emailTaken] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  const conflict = conflictErrors(Boolean(emailTaken), await authorSlugHolder(db, slug, null), parsed.data.slug === undefined);
  if (conflict) return conflict;
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(users).values({ name, email, role, slug }).returning({ id: users.id });
      const link = await issueSetPasswordLink(tx, { userId: row!.id, createdById: actor!.id });
      const [member] = await tx.select(staffColumns).from(users).where(eq(users.id, row!.id));
      await recordAudit(tx, {
        actor,
        action: 'staff.created',
        objectType: 'user',
        objectId: row!.id,
        summary: `Added ${name} (${email}) as ${roleLabels[role]} and issued a set-password link`,
        details: { role, email },
      });
      return { ok: true as const, member: member!, link };
    });
  } catch (error) {
    // Someone else took the email or slug between the check and the insert.
    const constraint = violatedUniqueConstraint(error);
    if (!constraint) throw error;
    return conflictErrors(constraint.includes('email'), constraint.includes('email') ? null : 'user', parsed.data.slug === undefined)!;
  }
}

function conflictErrors(email: boolean, slug: AuthorSlugHolder, slugDerived: boolean) {
  if (!email && !slug) return null;
  const fieldErrors: Record<string, string> = {};
  if (email) fieldErrors.email = 'Someone on the staff already uses this email.';
  if (slug === 'user') fieldErrors.slug = slugDerived ? 'That slug (from the name) is taken; choose another.' : 'That slug is taken; choose another.';
  // Another author's old address keeps leading to them: a new account may not take their links.
  if (slug === 'redirect') fieldErrors.slug = OLD_AUTHOR_ADDRESS_MESSAGE;
  return { ok: false as const, code: 'conflict' as const, error: 'Check the highlighted fields.', fieldErrors };
}

/**
 * Locks the target row and every active admin row in one statement, in id order, and reports whether
 * the change would leave no active admin. Holding the locks until commit means two admins demoting or
 * disabling each other at the same moment cannot both succeed (the second sees the first's change),
 * and the fixed lock order means they queue instead of deadlocking.
 */
async function lockStaffChange(tx: Tx, targetId: string) {
  const rows = await tx
    .select({ id: users.id, name: users.name, role: users.role, disabled: users.disabled })
    .from(users)
    .where(or(eq(users.id, targetId), and(eq(users.role, 'admin'), eq(users.disabled, false))))
    .orderBy(asc(users.id))
    .for('update');
  const target = rows.find((r) => r.id === targetId);
  const activeAdmins = rows.filter((r) => r.role === 'admin' && !r.disabled);
  const isLastActiveAdmin = activeAdmins.length === 1 && activeAdmins[0]!.id === targetId;
  return { target, isLastActiveAdmin };
}

const changeRoleSchema = z.object({ userId: uuid, role: roleSchema });

/** A new role takes effect on the person's next request: their session version moves on. */
export async function changeStaffRole(actor: Actor | null, input: unknown): Promise<WriteResult<{ member: StaffMember }>> {
  if (!can(actor, { kind: 'staff:manage' })) return forbidden('Only administrators can change roles.');
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const { userId, role } = parsed.data;
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const { target: current, isLastActiveAdmin } = await lockStaffChange(tx, userId);
    if (!current) return notFound();
    if (current.role !== role) {
      if (isLastActiveAdmin) {
        return { ok: false as const, code: 'conflict' as const, error: 'This is the last active administrator: make someone else an administrator first.' };
      }
      await tx
        .update(users)
        .set({ role, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
        .where(eq(users.id, userId));
      const ended = await endSessionsOfUser(tx, userId, 'role_changed');
      await recordAudit(tx, {
        actor,
        action: 'staff.role_changed',
        objectType: 'user',
        objectId: userId,
        summary: `Changed the role of ${current.name} from ${roleLabels[current.role]} to ${roleLabels[role]}`,
        details: { from: current.role, to: role, sessionsEnded: ended },
      });
    }
    const [member] = await tx.select(staffColumns).from(users).where(eq(users.id, userId));
    return { ok: true as const, member: member! };
  });
  // Live-editing connections are re-checked (and closed) at once, not on their next request.
  if (result.ok) announceAccessChange({ userId });
  return result;
}

const setDisabledSchema = z.object({ userId: uuid, disabled: z.boolean() });

/** Disabling ends the person's sessions at once; re-enabling lets them sign in again with their password. */
export async function setStaffDisabled(actor: Actor | null, input: unknown): Promise<WriteResult<{ member: StaffMember }>> {
  if (!can(actor, { kind: 'staff:manage' })) return forbidden('Only administrators can disable or re-enable staff.');
  const parsed = setDisabledSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const { userId, disabled } = parsed.data;
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const { target: current, isLastActiveAdmin } = await lockStaffChange(tx, userId);
    if (!current) return notFound();
    if (current.disabled !== disabled) {
      if (disabled && isLastActiveAdmin) {
        return { ok: false as const, code: 'conflict' as const, error: 'This is the last active administrator and cannot be disabled.' };
      }
      await tx
        .update(users)
        .set({ disabled, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
        .where(eq(users.id, userId));
      const ended = disabled ? await endSessionsOfUser(tx, userId, 'disabled') : 0;
      await recordAudit(tx, {
        actor,
        action: disabled ? 'staff.disabled' : 'staff.enabled',
        objectType: 'user',
        objectId: userId,
        summary: disabled ? `Disabled ${current.name} (signed out of ${ended} session${ended === 1 ? '' : 's'})` : `Re-enabled ${current.name}`,
        details: disabled ? { sessionsEnded: ended } : undefined,
      });
    }
    const [member] = await tx.select(staffColumns).from(users).where(eq(users.id, userId));
    return { ok: true as const, member: member! };
  });
  // The public author page may show or hide a disabled author; let it re-read.
  if (result.ok) expireTags([cacheTags.author(userId), cacheTags.authorSlug(result.member.slug), cacheTags.articlePages]);
  if (result.ok) announceAccessChange({ userId });
  return result;
}

const resetSchema = z.object({ userId: uuid });

/**
 * Issues a new set-password link and voids the old password and every session at once, so a reset
 * after a suspected break-in locks the intruder out too. The person signs in again after using the link.
 */
export async function resetStaffPassword(actor: Actor | null, input: unknown): Promise<WriteResult<{ member: StaffMember; link: IssuedLink }>> {
  if (!can(actor, { kind: 'staff:manage' })) return forbidden('Only administrators can reset passwords.');
  const parsed = resetSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const { userId } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ passwordHash: null, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, userId))
      .returning({ id: users.id, name: users.name });
    if (!updated) return notFound();
    const ended = await endSessionsOfUser(tx, userId, 'password_reset');
    const link = await issueSetPasswordLink(tx, { userId, createdById: actor!.id });
    const [member] = await tx.select(staffColumns).from(users).where(eq(users.id, userId));
    await recordAudit(tx, {
      actor,
      action: 'staff.password_reset',
      objectType: 'user',
      objectId: userId,
      summary: `Reset the password of ${updated.name}: issued a set-password link, ended ${ended} session${ended === 1 ? '' : 's'}`,
      details: { sessionsEnded: ended },
    });
    return { ok: true as const, member: member!, link };
  });
}
