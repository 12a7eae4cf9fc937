// Auth.js for the staff dashboard: email + password (Credentials, JWT sessions), re-checked against the database per request.
import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getConfig } from '@/lib/config/env';
import { authConfig } from './auth.config';
import { authenticateStaff, type SignInRefusal } from './authenticate';
import { loadActiveStaff } from './active-staff';
import { clientAddress } from './client-address';
import { readKnownDevice, rememberKnownDevice } from './known-device';
import { currentRequestOrigin } from './request-origin';
import { startSession } from '@/lib/sessions/lifecycle';
import { signOutSession } from '@/lib/sessions/manage';
import { passkeyProvider, requireSecondStep, secondFactorProvider } from './two-factor/providers';

/** Carries why a sign-in was refused to the login action ("invalid", "disabled" or "wait:<seconds>"). */
export class SignInRefused extends CredentialsSignin {
  constructor(refusal: SignInRefusal) {
    super();
    this.code = refusal.reason === 'wait' ? `wait:${refusal.retryAfterSeconds}` : refusal.reason;
  }
}

/** Reads a SignInRefused code back into a refusal. */
export function refusalFromCode(code: string | undefined): SignInRefusal {
  const wait = /^wait:(\d+)$/.exec(code ?? '');
  if (wait) return { reason: 'wait', retryAfterSeconds: Number(wait[1]) };
  if (code === 'disabled') return { reason: 'disabled' };
  return { reason: 'invalid' };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: getConfig().authSecret,
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        const device = readKnownDevice(request.headers.get('cookie'));
        const result = await authenticateStaff({
          email: credentials?.email,
          password: credentials?.password,
          ip: clientAddress(request.headers),
          device,
        });
        if (!result.ok) throw new SignInRefused(result);
        // A second factor (or enrolling one) comes before any session: this throws to move on to it.
        await requireSecondStep(result.user);
        // Reached only when no second step is due: the password alone never marks a 2FA account's device as known.
        await rememberKnownDevice(device, result.user.id);
        return { id: result.user.id, sessionVersion: result.user.sessionVersion };
      },
    }),
    secondFactorProvider,
    passkeyProvider,
  ],
  callbacks: {
    ...authConfig.callbacks,
    async jwt({ token, user, trigger, account }) {
      if (trigger === 'signIn' && user?.id && typeof user.sessionVersion === 'number') {
        // Every provider's sign-in lands here: open the server-side session the cookie will name.
        const sid = await startSession({ userId: user.id, method: account?.provider ?? 'credentials', origin: await currentRequestOrigin() });
        // Only the ids and version: name, role and the rest are read fresh from the database.
        return { sub: user.id, sv: user.sessionVersion, sid };
      }
      // Every later use, including a client-sent "update": the token stands only while its session is
      // live, the account active and its session version unchanged. Returning null clears the cookie.
      if (!token.sub || typeof token.sv !== 'number' || typeof token.sid !== 'string') return null;
      return (await loadActiveStaff(token.sub, token.sv, token.sid)) ? token : null;
    },
  },
  events: {
    // Any sign-out through Auth.js (the dashboard's button, or its own /api/auth/signout) ends the
    // session row, so a copy of the cookie stops working too. Already ended: nothing to do.
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (!token?.sub || typeof token.sv !== 'number' || typeof token.sid !== 'string') return;
      const staff = await loadActiveStaff(token.sub, token.sv, token.sid);
      if (staff) await signOutSession({ ...staff, origin: await currentRequestOrigin() });
    },
  },
}));
