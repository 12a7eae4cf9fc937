// The Auth.js Credentials providers that finish a sign-in with a second factor or a passkey. Like the
// password provider they return only `{ id, sessionVersion }`, so the jwt callback treats every way in alike,
// and like it they mark the browser as a known device of the account (its own password throttle, never
// strangers'): only once the sign-in is whole, since the password alone does not prove the device.
import 'server-only';
import { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { readKnownDevice, rememberKnownDevice } from '../known-device';
import { secondStepCode } from './second-step-code';
import { completeSecondFactor, signInWithPasskey, stepAfterPassword, type SecondFactorRefusal } from './sign-in';

/** The password was right; the sign-in continues at the step this code names ("second-factor:<token>" or "enrol:<token>"). */
export class SecondStepRequired extends CredentialsSignin {
  constructor(step: 'second-factor' | 'enrol', token: string) {
    super();
    this.code = secondStepCode({ step, token });
  }
}

class SecondFactorRefused extends CredentialsSignin {
  constructor(reason: SecondFactorRefusal | 'passkey') {
    super();
    this.code = reason;
  }
}

/** Called by the password provider once the password checked out: throws to move on to the second step. */
export async function requireSecondStep(user: { id: string }): Promise<void> {
  const next = await stepAfterPassword(user);
  if (next.step !== 'none') throw new SecondStepRequired(next.step, next.token);
}

const secondFactorInput = z.discriminatedUnion('method', [
  z.object({ token: z.string().max(100), method: z.enum(['totp', 'recovery']), code: z.string().max(100) }),
  z.object({ token: z.string().max(100), method: z.literal('passkey'), response: z.string().max(20_000) }),
  z.object({ token: z.string().max(100), method: z.literal('enrolled') }),
]);

export const secondFactorProvider = Credentials({
  id: 'second-factor',
  name: 'Second factor',
  credentials: { token: {}, method: {}, code: {}, response: {} },
  async authorize(credentials, request) {
    const input = secondFactorInput.safeParse(credentials);
    if (!input.success) throw new SecondFactorRefused('wrong-code');
    const result = await completeSecondFactor(input.data);
    if (!result.ok) throw new SecondFactorRefused(result.reason);
    await rememberKnownDevice(readKnownDevice(request.headers.get('cookie')), result.account.id);
    return { id: result.account.id, sessionVersion: result.account.sessionVersion };
  },
});

export const passkeyProvider = Credentials({
  id: 'passkey',
  name: 'Passkey',
  credentials: { response: {} },
  async authorize(credentials, request) {
    const response = z.string().max(20_000).safeParse(credentials?.response);
    const account = response.success ? await signInWithPasskey(response.data) : null;
    if (!account) throw new SecondFactorRefused('passkey');
    await rememberKnownDevice(readKnownDevice(request.headers.get('cookie')), account.id);
    return { id: account.id, sessionVersion: account.sessionVersion };
  },
});
