// What Byline keeps in the Auth.js session and token: the staff id and the session version it was issued for.
import type { DefaultSession } from 'next-auth';

declare module 'next-auth' {
  interface Session {
    user: { id: string } & DefaultSession['user'];
    /** users.session_version when the token was issued; a mismatch ends the session. */
    sessionVersion: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    /** users.session_version at sign-in. */
    sv?: number;
    /** staff_sessions.id: the server-side session this cookie belongs to. */
    sid?: string;
  }
}
