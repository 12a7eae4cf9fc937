// Passkeys against a real database and the real @simplewebauthn checks, answered by a software authenticator.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { passkeys, webauthnChallenges } from '@/db/schema';
import { listPasskeysOf, passkeyAuthenticationOptions, passkeyRegistrationOptions, registerPasskey, relyingParty, removePasskey, verifyPasskeyAssertion } from './passkeys';
import { secondFactorSummary } from './policy';
import { softAuthenticator } from './soft-authenticator';
import { makeStaff, requireSecondFactorFor } from './testing';
import type { Actor } from '@/lib/permissions/can';

const rp = () => ({ origin: relyingParty().origin, rpId: relyingParty().rpID });

async function withPasskey(actor: Actor, name = 'Laptop') {
  const authenticator = softAuthenticator(rp());
  const options = await passkeyRegistrationOptions(actor);
  if (!options.ok) throw new Error(options.error);
  const result = await registerPasskey(actor, { name, response: authenticator.register(options.options) });
  if (!result.ok) throw new Error(result.error);
  return { authenticator, passkey: result.passkey, recoveryCodes: result.recoveryCodes };
}

describe('registering passkeys', () => {
  it('stores several named passkeys; the first brings recovery codes; the challenge works once', async () => {
    const actor = await makeStaff();
    expect(relyingParty()).toEqual({ rpID: 'localhost', origin: 'http://localhost:3000' });
    const first = await withPasskey(actor, 'Laptop');
    expect(first.recoveryCodes).toHaveLength(10);
    const second = await withPasskey(actor, 'Phone');
    expect(second.recoveryCodes).toBeNull();
    expect((await listPasskeysOf(actor.id)).map((p) => p.name)).toEqual(['Laptop', 'Phone']);
    expect(await secondFactorSummary(actor.id)).toEqual({ totp: false, passkeys: 2, recoveryCodesLeft: 10 });

    // Replaying a registration whose challenge was used: refused.
    const authenticator = softAuthenticator(rp());
    const options = await passkeyRegistrationOptions(actor);
    if (!options.ok) throw new Error(options.error);
    const response = authenticator.register(options.options);
    expect(await registerPasskey(actor, { name: 'Tablet', response })).toMatchObject({ ok: true });
    expect(await registerPasskey(actor, { name: 'Tablet again', response })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('refuses a bad name, a wrong origin, another person’s challenge and junk, storing nothing', async () => {
    const actor = await makeStaff();
    const other = await makeStaff();
    const authenticator = softAuthenticator(rp());
    const options = await passkeyRegistrationOptions(actor);
    if (!options.ok) throw new Error(options.error);
    expect(await registerPasskey(actor, { name: '  ', response: authenticator.register(options.options) })).toMatchObject({
      ok: false,
      fieldErrors: { name: expect.any(String) },
    });
    expect(await registerPasskey(actor, { name: 'Evil', response: authenticator.register(options.options, { origin: 'https://evil.example' }) })).toMatchObject({ ok: false });
    const otherOptions = await passkeyRegistrationOptions(other);
    if (!otherOptions.ok) throw new Error(otherOptions.error);
    expect(await registerPasskey(actor, { name: 'Stolen', response: authenticator.register(otherOptions.options) })).toMatchObject({ ok: false });
    expect(await registerPasskey(actor, { name: 'Junk', response: '{"not":"json' })).toMatchObject({ ok: false });
    const db = await getDb();
    expect(await db.select().from(passkeys).where(eq(passkeys.userId, actor.id))).toHaveLength(0);
  });
});

describe('signing in with a passkey', () => {
  it('proves the account once per challenge, records last use, and refuses replays, clones and missing verification', async () => {
    const actor = await makeStaff();
    const { authenticator } = await withPasskey(actor);
    const options = await passkeyAuthenticationOptions({ purpose: 'sign-in' });
    const response = authenticator.authenticate(options);
    expect(await verifyPasskeyAssertion({ response, purpose: 'sign-in' })).toEqual({ userId: actor.id });
    expect((await listPasskeysOf(actor.id))[0]!.lastUsedAt).toBeInstanceOf(Date);
    // The same response again: its challenge is gone.
    expect(await verifyPasskeyAssertion({ response, purpose: 'sign-in' })).toBeNull();

    // A cloned authenticator shows an old counter: refused.
    const cloned = authenticator.authenticate(await passkeyAuthenticationOptions({ purpose: 'sign-in' }), { counter: 1 });
    expect(await verifyPasskeyAssertion({ response: cloned, purpose: 'sign-in' })).toBeNull();
    // No user verification: not enough for a passkey sign-in, enough as a second factor.
    const noUv = authenticator.authenticate(await passkeyAuthenticationOptions({ purpose: 'sign-in' }), { userVerified: false, counter: 5 });
    expect(await verifyPasskeyAssertion({ response: noUv, purpose: 'sign-in' })).toBeNull();
    const asSecond = authenticator.authenticate(await passkeyAuthenticationOptions({ purpose: 'second-factor', userId: actor.id }), { userVerified: false, counter: 6 });
    expect(await verifyPasskeyAssertion({ response: asSecond, purpose: 'second-factor', userId: actor.id })).toEqual({ userId: actor.id });
    // Wrong origin and an expired challenge.
    const wrongOrigin = authenticator.authenticate(await passkeyAuthenticationOptions({ purpose: 'sign-in' }), { origin: 'https://evil.example', counter: 7 });
    expect(await verifyPasskeyAssertion({ response: wrongOrigin, purpose: 'sign-in' })).toBeNull();
    const stale = await passkeyAuthenticationOptions({ purpose: 'sign-in' });
    const db = await getDb();
    await db.update(webauthnChallenges).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(webauthnChallenges.challenge, stale.challenge));
    expect(await verifyPasskeyAssertion({ response: authenticator.authenticate(stale, { counter: 8 }), purpose: 'sign-in' })).toBeNull();
  });

  it('as a second factor, only the pending person’s passkey counts', async () => {
    const alice = await makeStaff();
    const bob = await makeStaff();
    const { authenticator } = await withPasskey(bob);
    const options = await passkeyAuthenticationOptions({ purpose: 'second-factor', userId: alice.id });
    expect(await verifyPasskeyAssertion({ response: authenticator.authenticate(options), purpose: 'second-factor', userId: alice.id })).toBeNull();
  });
});

describe('removing passkeys', () => {
  it('removes one’s own, not someone else’s, and never the last one a role requires', async () => {
    const actor = await makeStaff('editor');
    const other = await makeStaff();
    const laptop = await withPasskey(actor, 'Laptop');
    const phone = await withPasskey(actor, 'Phone');
    expect(await removePasskey(other, { passkeyId: laptop.passkey.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await removePasskey(actor, { passkeyId: 'not-a-uuid' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await removePasskey(actor, { passkeyId: laptop.passkey.id })).toEqual({ ok: true });
    await requireSecondFactorFor(['editor']);
    try {
      expect(await removePasskey(actor, { passkeyId: phone.passkey.id })).toMatchObject({ ok: false, code: 'conflict' });
      expect((await listPasskeysOf(actor.id)).map((p) => p.name)).toEqual(['Phone']);
    } finally {
      await requireSecondFactorFor([]);
    }
    expect(await removePasskey(actor, { passkeyId: phone.passkey.id })).toEqual({ ok: true });
    expect(await secondFactorSummary(actor.id)).toEqual({ totp: false, passkeys: 0, recoveryCodesLeft: 0 });
  });
});
