// The part of the Auth.js setup that needs no database or Node APIs: pages, session shape, cookies.
// The proxy builds on this alone; lib/auth/auth.ts adds the Credentials provider and the per-request check.
import type { NextAuthConfig } from 'next-auth';
import { getConfig } from '@/lib/config/env';
import { errorFields, logger } from '@/lib/core/log';
import { loginPath } from '@/lib/core/routes';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/sessions/lifetime';

export const authConfig = {
  pages: { signIn: loginPath(), error: loginPath() },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  // Host headers are trusted: the app is meant to run behind its own reverse proxy, and SITE_URL fixes links.
  trustHost: true,
  // Secure (and __Secure- prefixed) cookies whenever the public site is https; plain http only for
  // local runs (SITE_URL http://localhost or http://127.0.0.1), where browsers would drop Secure cookies.
  useSecureCookies: getConfig().siteUrl.startsWith('https://'),
  providers: [],
  callbacks: {
    session({ session, token }) {
      session.user.id = token.sub ?? '';
      session.sessionVersion = typeof token.sv === 'number' ? token.sv : 0;
      return session;
    },
  },
  logger: {
    // A refused sign-in is an expected outcome shown on the form, not a server error worth a stack trace.
    error(error: Error) {
      if (error.name === 'CredentialsSignin' || (error as { type?: string }).type === 'CredentialsSignin') return;
      logger({ module: 'auth' }).error(errorFields(error), 'auth error');
    },
  },
} satisfies NextAuthConfig;
