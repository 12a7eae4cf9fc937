// How long a staff session lives, and the SQL that says a session row is still live: sessions' own rule,
// which sign-in (lib/auth) builds on. The constant needs no database, so the proxy's Auth.js setup
// (lib/auth/auth.config.ts) can read it; the condition is in ./live.ts.

/** Staff sessions last a working week at most; every request re-checks the account anyway. */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
