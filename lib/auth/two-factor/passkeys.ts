// Passkeys (WebAuthn) with @simplewebauthn/server: registration, listing, removal, and checking an
// assertion for a passkey sign-in or a second factor.
//
// Why not Auth.js's own WebAuthn provider: it is experimental, needs a database adapter with its
// Authenticator table and database sessions, and Byline signs in with Credentials + JWT and no adapter.
// So Byline keeps the credentials in its own table and finishes the sign-in through a Credentials
// provider (lib/auth/auth.ts) that verifies the assertion here. The relying party is SITE_URL: its host
// is the RP ID, its origin the only accepted origin (browsers refuse IP addresses as RP IDs: use a name).
import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { z } from 'zod';
import { getDb, type Db, type Tx } from '@/db/client';
import { passkeys, siteSettings, users } from '@/db/schema';
import { getConfig } from '@/lib/config/env';
import { can, type Actor } from '@/lib/permissions/can';
import { forbidden, invalid, type WriteResult } from '@/lib/core/result';
import { consumeChallenge, storeChallenge, type ChallengePurpose } from './challenges';
import { issueRecoveryCodes } from './recovery-codes';
import { refuseRemovingLastRequired } from './removal-guard';
import { hasSecondFactor, secondFactorSummary } from './policy';
import { currentRequestOrigin } from '@/lib/auth/request-origin';
import { recordAudit } from '@/lib/audit/record';

export function relyingParty(): { rpID: string; origin: string } {
  const url = new URL(getConfig().siteUrl);
  return { rpID: url.hostname, origin: url.origin };
}

export type PasskeyView = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null; backedUp: boolean };

export const passkeyNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the passkey a name, such as the device it lives on.')
  .max(60, 'Use at most 60 characters.')
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), 'Use letters, numbers and punctuation only.');

/** The JSON a browser sends back, checked for shape only; the library checks the contents. */
const responseJson = z.object({ id: z.string().min(1).max(1400), rawId: z.string().max(1400), type: z.literal('public-key') }).passthrough();

function parseJson(input: unknown): unknown {
  if (typeof input !== 'string' || input.length > 20_000) return null;
  try {
    return JSON.parse(input);
  } catch {
    return null;
  }
}

/** The challenge a response answers, read from its clientDataJSON (verified again by the library). */
function challengeOf(response: { response?: { clientDataJSON?: unknown } }): string | null {
  const raw = response.response?.clientDataJSON;
  if (typeof raw !== 'string') return null;
  try {
    const challenge = (JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { challenge?: unknown }).challenge;
    return typeof challenge === 'string' && challenge.length <= 200 ? challenge : null;
  } catch {
    return null;
  }
}

export async function listPasskeysOf(userId: string, db?: Db | Tx): Promise<PasskeyView[]> {
  const conn = db ?? (await getDb());
  return conn
    .select({ id: passkeys.id, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt, backedUp: passkeys.backedUp })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(asc(passkeys.createdAt));
}

/** Options for adding a passkey to `userId` (the challenge is stored, one-time); callers authorize. */
export async function registrationOptionsFor(userId: string): Promise<PublicKeyCredentialCreationOptionsJSON | null> {
  const db = await getDb();
  const [user] = await db.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return null;
  const [site] = await db.select({ name: siteSettings.siteName }).from(siteSettings).where(eq(siteSettings.id, 1)).limit(1);
  const existing = await db.select({ id: passkeys.credentialId, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, userId));
  const options = await generateRegistrationOptions({
    rpName: site?.name?.trim() || 'Byline',
    rpID: relyingParty().rpID,
    userName: user.email,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(userId),
    attestationType: 'none',
    excludeCredentials: existing.map((c) => ({ id: c.id, transports: c.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  await storeChallenge({ challenge: options.challenge, purpose: 'register', userId }, db);
  return options;
}

/** Options for adding a passkey to one's own account. */
export async function passkeyRegistrationOptions(actor: Actor | null): Promise<WriteResult<{ options: PublicKeyCredentialCreationOptionsJSON }>> {
  if (!actor || !can(actor, { kind: 'second-factor:manage', userId: actor.id })) return forbidden();
  const options = await registrationOptionsFor(actor.id);
  return options ? { ok: true, options } : forbidden();
}

export type RegisteredPasskey = WriteResult<{ passkey: PasskeyView; recoveryCodes: string[] | null }>;

/**
 * Verifies and stores a new passkey for `userId` (callers authorize). The first second factor also
 * brings recovery codes; `then` runs in the same transaction (marking a pending sign-in verified).
 */
export async function registerPasskeyFor(userId: string, input: { name: unknown; response: unknown }, then?: (tx: Tx) => Promise<void>): Promise<RegisteredPasskey> {
  const name = passkeyNameSchema.safeParse(input.name);
  if (!name.success) return invalid(name.error.issues.map((issue) => ({ ...issue, path: ['name'] })));
  const parsed = responseJson.safeParse(parseJson(input.response));
  const refused = { ok: false as const, code: 'invalid' as const, error: 'The passkey could not be added. Try again.' };
  if (!parsed.success) return refused;
  const response = parsed.data as unknown as RegistrationResponseJSON;
  const challenge = challengeOf(response);
  const db = await getDb();
  if (!challenge || !(await consumeChallenge({ challenge, purpose: 'register', userId }, db))) {
    return { ...refused, error: 'That passkey request expired. Try again.' };
  }
  const { rpID, origin } = relyingParty();
  let verification;
  try {
    verification = await verifyRegistrationResponse({ response, expectedChallenge: challenge, expectedOrigin: origin, expectedRPID: rpID, requireUserVerification: true });
  } catch {
    return refused;
  }
  if (!verification.verified) return refused;
  const info = verification.registrationInfo;
  return db.transaction(async (tx) => {
    const hadFactor = hasSecondFactor(await secondFactorSummary(userId, tx));
    const [row] = await tx
      .insert(passkeys)
      .values({
        userId,
        credentialId: info.credential.id,
        publicKey: Buffer.from(info.credential.publicKey).toString('base64url'),
        counter: info.credential.counter,
        transports: info.credential.transports ?? [],
        name: name.data,
        backedUp: info.credentialBackedUp,
      })
      .onConflictDoNothing({ target: passkeys.credentialId })
      .returning();
    if (!row) return { ok: false as const, code: 'conflict' as const, error: 'That passkey is already registered.' };
    await recordAudit(tx, { actor: { id: userId }, origin: await currentRequestOrigin(), action: 'second_factor.added', objectType: 'user', objectId: userId, summary: `Added a passkey (${row.name})` });
    const recoveryCodes = hadFactor ? null : await issueRecoveryCodes(tx, userId);
    await then?.(tx);
    return {
      ok: true as const,
      passkey: { id: row.id, name: row.name, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, backedUp: row.backedUp },
      recoveryCodes,
    };
  });
}

/** Adds a passkey to one's own account. */
export async function registerPasskey(actor: Actor | null, input: { name: unknown; response: unknown }): Promise<RegisteredPasskey> {
  if (!actor || !can(actor, { kind: 'second-factor:manage', userId: actor.id })) return forbidden();
  return registerPasskeyFor(actor.id, input);
}

/** Removes one of one's own passkeys; refused when it is the last factor the role requires. */
export async function removePasskey(actor: Actor | null, input: { passkeyId: unknown }): Promise<WriteResult> {
  if (!actor || !can(actor, { kind: 'second-factor:manage', userId: actor.id })) return forbidden();
  const id = z.uuid().safeParse(input.passkeyId);
  const missing = { ok: false as const, code: 'not_found' as const, error: 'That passkey is no longer registered.' };
  if (!id.success) return missing;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: passkeys.id })
      .from(passkeys)
      .where(and(eq(passkeys.id, id.data), eq(passkeys.userId, actor.id)))
      .limit(1);
    if (!row) return missing;
    const refusal = await refuseRemovingLastRequired(tx, actor.id, { passkeyCount: 1 });
    if (refusal) return refusal;
    await tx.delete(passkeys).where(and(eq(passkeys.id, id.data), eq(passkeys.userId, actor.id)));
    await recordAudit(tx, { actor, action: 'second_factor.removed', objectType: 'user', objectId: actor.id, summary: 'Removed a passkey' });
    return { ok: true as const };
  });
}

/**
 * Options for a passkey assertion: for a sign-in by anyone (discoverable credentials, no list), or as the
 * second factor of one person (their credentials listed).
 */
export async function passkeyAuthenticationOptions(input: { purpose: 'sign-in' } | { purpose: 'second-factor'; userId: string }): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const db = await getDb();
  const userId = input.purpose === 'second-factor' ? input.userId : null;
  const allow = userId ? await db.select({ id: passkeys.credentialId, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, userId)) : [];
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().rpID,
    allowCredentials: allow.map((c) => ({ id: c.id, transports: c.transports })),
    // A passkey alone must prove two factors (something held, and a PIN or biometric).
    userVerification: input.purpose === 'sign-in' ? 'required' : 'preferred',
  });
  await storeChallenge({ challenge: options.challenge, purpose: input.purpose as ChallengePurpose, userId }, db);
  return options;
}

/**
 * Checks an assertion against a stored, unused challenge and the stored credential: signature, origin,
 * RP ID, user verification for a sign-in, and a signature counter that moved forward (the library
 * refuses a lower one: a cloned authenticator). Returns the account it proves, or null.
 */
export async function verifyPasskeyAssertion(input: { response: unknown; purpose: 'sign-in' } | { response: unknown; purpose: 'second-factor'; userId: string }): Promise<{ userId: string } | null> {
  const parsed = responseJson.safeParse(parseJson(input.response));
  if (!parsed.success) return null;
  const response = parsed.data as unknown as AuthenticationResponseJSON;
  const challenge = challengeOf(response);
  if (!challenge) return null;
  const db = await getDb();
  const [credential] = await db.select().from(passkeys).where(eq(passkeys.credentialId, response.id)).limit(1);
  const userId = input.purpose === 'second-factor' ? input.userId : null;
  if (!credential || (userId && credential.userId !== userId)) return null;
  if (!(await consumeChallenge({ challenge, purpose: input.purpose, userId }, db))) return null;
  const { rpID, origin } = relyingParty();
  let verification;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: { id: credential.credentialId, publicKey: Buffer.from(credential.publicKey, 'base64url'), counter: credential.counter, transports: credential.transports },
      requireUserVerification: input.purpose === 'sign-in',
    });
  } catch {
    return null;
  }
  if (!verification.verified) return null;
  await db
    .update(passkeys)
    .set({ counter: verification.authenticationInfo.newCounter, backedUp: verification.authenticationInfo.credentialBackedUp, lastUsedAt: sql`now()` })
    .where(eq(passkeys.id, credential.id));
  return { userId: credential.userId };
}
