// The authorization matrix of issues 4 and 14 for staff accounts, profiles, site settings, sessions and
// the audit log: every lib write of these domains, called as anonymous, contributor, author, editor,
// admin and a disabled user. Allowed calls succeed; refused calls answer "forbidden" and leave every
// table (the audit log and sessions included) exactly as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import {
  auditLog,
  loginThrottle,
  media,
  passkeys,
  passwordTokens,
  pendingSignIns,
  recoveryCodes,
  siteSettings,
  staffSessions,
  totpFactors,
  users,
  webauthnChallenges,
  type Role,
} from '@/db/schema';
import { listAuditEntries } from '@/lib/audit/query';
import { hashPassword } from '@/lib/auth/passwords';
import type { Actor } from '@/lib/permissions/can';
import { startSession } from '@/lib/sessions/lifecycle';
import { endAllSessionsOf, endOtherSessions, endSession, listAllLiveSessions, listSessionsOf } from '@/lib/sessions/manage';
import { getSettingsForEdit, updateSiteSettings } from '@/lib/settings/manage';
import { changeOwnPassword, getOwnProfile, removeOwnPhoto, setOwnPhoto, updateOwnProfile } from '@/lib/users/profile';
import { changeStaffRole, createStaff, listStaff, resetStaffPassword, setStaffDisabled } from '@/lib/users/staff';
import { getOwnSecondFactors, resetSecondFactor, secondFactorsByUser } from '@/lib/auth/two-factor/manage';
import { passkeyRegistrationOptions, registerPasskey, relyingParty, removePasskey } from '@/lib/auth/two-factor/passkeys';
import { regenerateRecoveryCodes } from '@/lib/auth/two-factor/recovery-codes';
import { softAuthenticator } from '@/lib/auth/two-factor/soft-authenticator';
import { totpCode } from '@/lib/auth/two-factor/testing';
import { confirmTotpEnrolment, removeTotp, startTotpEnrolment, startTotpEnrolmentFor } from '@/lib/auth/two-factor/totp';
import { getSecondFactorRoles, setSecondFactorRoles } from '@/lib/settings/second-factor-roles';

type Who = 'anonymous' | Role | 'disabled';
const everyone: Who[] = ['anonymous', 'contributor', 'author', 'editor', 'admin', 'disabled'];
const actors = {} as Record<Who, Actor | null>;
const passwords = new Map<string, string>();
let target: { id: string };
let png: Buffer;
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Every table these writes could touch, in a stable order. */
async function snapshot() {
  const db = await getDb();
  return {
    users: await db.select().from(users).orderBy(asc(users.id)),
    passwordTokens: await db.select().from(passwordTokens).orderBy(asc(passwordTokens.id)),
    siteSettings: await db.select().from(siteSettings),
    media: await db.select().from(media).orderBy(asc(media.id)),
    loginThrottle: await db.select().from(loginThrottle).orderBy(asc(loginThrottle.key)),
    staffSessions: await db.select().from(staffSessions).orderBy(asc(staffSessions.id)),
    auditLog: await db.select().from(auditLog).orderBy(asc(auditLog.id)),
    totpFactors: await db.select().from(totpFactors).orderBy(asc(totpFactors.userId)),
    recoveryCodes: await db.select().from(recoveryCodes).orderBy(asc(recoveryCodes.id)),
    passkeys: await db.select().from(passkeys).orderBy(asc(passkeys.id)),
    pendingSignIns: await db.select().from(pendingSignIns).orderBy(asc(pendingSignIns.id)),
    webauthnChallenges: await db.select().from(webauthnChallenges).orderBy(asc(webauthnChallenges.challenge)),
  };
}

beforeAll(async () => {
  // Uploaded photos go to a throwaway directory, not the developer's ./.data.
  process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-matrix-'));
  const db = await getDb();
  for (const who of ['contributor', 'author', 'editor', 'admin', 'disabled'] as const) {
    const role: Role = who === 'disabled' ? 'admin' : who;
    const password = `${who} password ${unique()}`;
    const [row] = await db
      .insert(users)
      .values({ email: `${who}@matrix.test`, name: `Matrix ${who}`, slug: `matrix-${who}`, role, disabled: who === 'disabled', passwordHash: await hashPassword(password) })
      .returning();
    passwords.set(row!.id, password);
    const sessionId = await startSession({ userId: row!.id, method: 'credentials', origin: { ip: '192.0.2.1', userAgent: null } });
    actors[who] = { id: row!.id, role, disabled: who === 'disabled', sessionId };
  }
  actors.anonymous = null;
  const [t] = await db.insert(users).values({ email: 'target@matrix.test', name: 'Matrix Target', slug: 'matrix-target', role: 'author' }).returning();
  target = t!;
  await db.insert(siteSettings).values({ id: 1, siteName: 'Matrix News' });
  png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#336699' } }).png().toBuffer();
});

type Write = {
  name: string;
  allowed: Who[];
  /** State the write needs (made before the "nothing changed" snapshot). */
  setup?: (actor: Actor | null) => Promise<void>;
  run: (actor: Actor | null) => Promise<{ ok: boolean; code?: string }>;
};

// Two-factor state per person, made by setups: the TOTP secret being enrolled, a passkey to remove.
const totpSecrets = new Map<string, string>();
const passkeyIds = new Map<string, string>();
const rp = () => ({ origin: relyingParty().origin, rpId: relyingParty().rpID });

async function addPasskeyFor(actor: Actor): Promise<string> {
  const options = await passkeyRegistrationOptions({ ...actor, disabled: false });
  if (!options.ok) throw new Error(options.error);
  const added = await registerPasskey({ ...actor, disabled: false }, { name: 'Matrix key', response: softAuthenticator(rp()).register(options.options) });
  if (!added.ok) throw new Error(added.error);
  return added.passkey.id;
}

const admins: Who[] = ['admin'];
const staff: Who[] = ['contributor', 'author', 'editor', 'admin'];

const writes: Write[] = [
  { name: 'createStaff', allowed: admins, run: (a) => createStaff(a, { name: `New ${unique()}`, email: `new-${unique()}@matrix.test`, role: 'author' }) },
  {
    name: 'changeStaffRole',
    allowed: admins,
    run: (a) => changeStaffRole(a, { userId: target.id, role: counter++ % 2 ? 'editor' : 'contributor' }),
  },
  { name: 'setStaffDisabled (disable)', allowed: admins, run: (a) => setStaffDisabled(a, { userId: target.id, disabled: true }) },
  { name: 'setStaffDisabled (enable)', allowed: admins, run: (a) => setStaffDisabled(a, { userId: target.id, disabled: false }) },
  { name: 'resetStaffPassword', allowed: admins, run: (a) => resetStaffPassword(a, { userId: target.id }) },
  {
    name: 'updateSiteSettings',
    allowed: admins,
    run: (a) => updateSiteSettings(a, { siteName: `Matrix ${unique()}`, description: 'd', copyright: 'c', logoId: '', defaultSocialImageId: '' }),
  },
  {
    name: 'updateSiteSettings with an upload',
    allowed: admins,
    run: (a) => updateSiteSettings(a, { siteName: 'Matrix', description: '', copyright: '', logoId: '', defaultSocialImageId: '' }, { logo: { bytes: png, originalName: 'logo.png' } }),
  },
  {
    name: 'updateOwnProfile',
    allowed: staff,
    run: (a) => updateOwnProfile(a, { name: `Renamed ${a?.role}`, slug: `matrix-own-${a?.role}-${a?.disabled ? 'off' : 'on'}`, bio: 'Hello.' }),
  },
  { name: 'setOwnPhoto', allowed: staff, run: (a) => setOwnPhoto(a, { bytes: png, originalName: 'me.png' }) },
  { name: 'removeOwnPhoto', allowed: staff, run: (a) => removeOwnPhoto(a) },
  {
    name: 'changeOwnPassword',
    allowed: staff,
    run: async (a) => {
      const current = (a && passwords.get(a.id)) ?? 'whatever password';
      const next = `next password ${unique()}`;
      const result = await changeOwnPassword(a, { current, password: next, confirm: next });
      if (result.ok && a) passwords.set(a.id, next);
      return result;
    },
  },
  // Two-factor sign-in (issue 14): one's own factors only; resets and the roles setting for admins.
  { name: 'startTotpEnrolment', allowed: staff, run: (a) => startTotpEnrolment(a) },
  {
    name: 'confirmTotpEnrolment',
    allowed: staff,
    setup: async (a) => {
      if (!a) return;
      const enrolment = await startTotpEnrolmentFor(a.id);
      if (enrolment) totpSecrets.set(a.id, enrolment.secret);
    },
    run: (a) => confirmTotpEnrolment(a, { code: a && totpSecrets.has(a.id) ? totpCode(totpSecrets.get(a.id)!) : '123456' }),
  },
  { name: 'regenerateRecoveryCodes', allowed: staff, run: (a) => regenerateRecoveryCodes(a) },
  { name: 'removeTotp', allowed: staff, run: (a) => removeTotp(a) },
  { name: 'passkeyRegistrationOptions', allowed: staff, run: (a) => passkeyRegistrationOptions(a) },
  {
    name: 'registerPasskey',
    allowed: staff,
    run: async (a) => {
      const authenticator = softAuthenticator(rp());
      const options = a && !a.disabled ? await passkeyRegistrationOptions(a) : null;
      const challenge = options?.ok ? options.options.challenge : 'bm90IGEgY2hhbGxlbmdl';
      return registerPasskey(a, { name: 'Matrix laptop', response: authenticator.register({ challenge }) });
    },
  },
  {
    name: 'removePasskey',
    allowed: staff,
    setup: async (a) => {
      if (a) passkeyIds.set(a.id, await addPasskeyFor(a));
    },
    run: (a) => removePasskey(a, { passkeyId: a ? passkeyIds.get(a.id) : undefined }),
  },
  {
    name: 'removePasskey (someone else’s)',
    allowed: [],
    setup: async () => {
      passkeyIds.set(target.id, await addPasskeyFor({ id: target.id, role: 'author' }));
    },
    run: async (a) => {
      const result = await removePasskey(a, { passkeyId: passkeyIds.get(target.id) });
      // Someone else's passkey is simply not found among one's own: the same refusal, nothing changed.
      return result.ok ? result : { ok: false, code: 'forbidden' };
    },
  },
  {
    name: 'resetSecondFactor',
    allowed: admins,
    setup: async () => {
      passkeyIds.set(target.id, await addPasskeyFor({ id: target.id, role: 'author' }));
    },
    run: (a) => resetSecondFactor(a, { userId: target.id }),
  },
  { name: 'setSecondFactorRoles', allowed: admins, run: (a) => setSecondFactorRoles(a, { roles: [] }) },
];

/** A fresh live session of the target, for each call that ends one. */
async function targetSession() {
  return startSession({ userId: target.id, method: 'credentials', origin: { ip: null, userAgent: null } });
}

/** A second live session of the actor's own (its own device elsewhere). */
async function ownOtherSession(a: Actor | null) {
  return a ? startSession({ userId: a.id, method: 'credentials', origin: { ip: null, userAgent: null } }) : crypto.randomUUID();
}

// Session writes: staff end their own sessions, admins anyone's. The sessions are opened before the
// snapshot, so a refused call must leave them (and the audit log) untouched.
const sessionWrites: (Omit<Write, 'run'> & { prepare: (a: Actor | null) => Promise<string>; run: (a: Actor | null, id: string) => Promise<{ ok: boolean; code?: string }> })[] = [
  { name: 'endSession (own other device)', allowed: staff, prepare: ownOtherSession, run: (a, sessionId) => endSession(a, { sessionId }) },
  { name: 'endSession (someone else’s)', allowed: admins, prepare: () => targetSession(), run: (a, sessionId) => endSession(a, { sessionId }) },
  { name: 'endOtherSessions', allowed: staff, prepare: ownOtherSession, run: (a) => endOtherSessions(a) },
  { name: 'endAllSessionsOf (someone else)', allowed: admins, prepare: () => targetSession(), run: (a) => endAllSessionsOf(a, { userId: target.id }) },
];

describe.each(sessionWrites)('$name', (write) => {
  it.each(everyone)('as %s', async (who) => {
    const id = await write.prepare(actors[who]);
    const before = await snapshot();
    const result = await write.run(actors[who], id);
    if (write.allowed.includes(who)) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      expect(await snapshot()).not.toEqual(before);
    } else {
      expect(result).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await snapshot()).toEqual(before);
    }
  });
});

describe('reads of sessions and the audit log', () => {
  it.each(everyone)('own sessions for any active staff, everyone’s and the audit log for admins only: %s', async (who) => {
    const actor = actors[who];
    const isAdmin = who === 'admin';
    const isStaff = staff.includes(who);
    await targetSession();
    if (actor) expect((await listSessionsOf(actor, actor.id)).length > 0).toBe(isStaff);
    expect((await listSessionsOf(actor, target.id)).length > 0).toBe(isAdmin);
    expect((await listAllLiveSessions(actor)).size > 0).toBe(isAdmin);
    expect((await listAuditEntries(actor, { page: 1 })) !== null).toBe(isAdmin);
  });
});

afterAll(() => {
  fs.rmSync(process.env.DATA_DIR!, { recursive: true, force: true });
});

describe.each(writes)('$name', (write) => {
  it.each(everyone)('as %s', async (who) => {
    await write.setup?.(actors[who]);
    const before = await snapshot();
    const result = await write.run(actors[who]);
    if (write.allowed.includes(who)) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    } else {
      expect(result).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await snapshot()).toEqual(before);
    }
  });
});

describe('reads of this domain', () => {
  it.each(everyone)('staff list and settings are for admins only, own profile for any active staff: %s', async (who) => {
    const actor = actors[who];
    const isAdmin = who === 'admin';
    const isStaff = staff.includes(who);
    expect((await listStaff(actor)).length > 0).toBe(isAdmin);
    expect((await getSettingsForEdit(actor)) !== null).toBe(isAdmin);
    expect((await getOwnProfile(actor)) !== null).toBe(isStaff);
    expect((await getOwnSecondFactors(actor)) !== null).toBe(isStaff);
    expect((await getSecondFactorRoles(actor)) !== null).toBe(isAdmin);
    expect((await secondFactorsByUser(actor)).size > 0).toBe(isAdmin);
  });
});
