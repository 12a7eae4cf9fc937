// The site setting "these roles must sign in with a second factor", as admins edit it.
import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { roleEnum, siteSettings, type Role } from '@/db/schema';
import { rolesRequiringSecondFactor } from '@/lib/auth/two-factor/policy';
import { can, type Actor } from '@/lib/permissions/can';
import { forbidden, invalid, type WriteResult } from '@/lib/core/result';
import { recordAudit } from '@/lib/audit/record';

const rolesSchema = z.object({ roles: z.array(z.enum(roleEnum.enumValues, 'Choose roles from the list.')).max(4) });

export async function getSecondFactorRoles(actor: Actor | null): Promise<Role[] | null> {
  if (!can(actor, { kind: 'settings:manage' })) return null;
  return rolesRequiringSecondFactor();
}

/** Takes effect at each person's next sign-in: those without a factor enrol an authenticator app before their session starts. */
export async function setSecondFactorRoles(actor: Actor | null, input: unknown): Promise<WriteResult<{ roles: Role[] }>> {
  if (!can(actor, { kind: 'settings:manage' })) return forbidden('Only administrators can change site settings.');
  const parsed = rolesSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues.map((issue) => ({ ...issue, path: ['roles'] })));
  const roles = roleEnum.enumValues.filter((role) => parsed.data.roles.includes(role));
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .insert(siteSettings)
      .values({ id: 1, secondFactorRoles: roles })
      .onConflictDoUpdate({ target: siteSettings.id, set: { secondFactorRoles: roles, updatedAt: sql`now()` } });
    await recordAudit(tx, { actor, action: 'settings.updated', objectType: 'settings', summary: `Second factor required for: ${roles.join(', ') || 'nobody'}`, details: { secondFactorRoles: roles } });
  });
  return { ok: true, roles };
}
