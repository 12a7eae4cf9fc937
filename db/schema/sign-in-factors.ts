// Second factors (authenticator apps, recovery codes, passkeys) and the sign-ins waiting on one.
import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns';
import { ownerId, users } from './staff';

// ---------------------------------------------------------------- two-factor sign-in (lib/auth/two-factor/)
/** One authenticator app per person. The secret is AES-256-GCM encrypted with a key derived from AUTH_SECRET. */
export const totpFactors = pgTable('totp_factors', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  encryptedSecret: text('encrypted_secret').notNull(),
  /** Null while enrolment waits for the first valid code; only confirmed factors count. */
  confirmedAt: ts('confirmed_at'),
  /** The 30-second step of the last accepted code: a code (or an older one) is never accepted twice. */
  lastUsedStep: bigint('last_used_step', { mode: 'number' }),
  /** Wrong codes in a row at sign-in; at the limit codes are refused until lockedUntil (recovery codes and passkeys still work). */
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: ts('locked_until'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
export type TotpFactor = typeof totpFactors.$inferSelect;

/** Single-use recovery codes, stored as HMACs; a new set replaces the old. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    codeHash: text('code_hash').notNull(),
    usedAt: ts('used_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('recovery_codes_user_hash_idx').on(t.userId, t.codeHash)],
);

/** WebAuthn credentials (passkeys and security keys), several per person. */
export const passkeys = pgTable(
  'passkeys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    /** base64url credential id, as the browser sends it back. */
    credentialId: text('credential_id').notNull().unique(),
    /** base64url COSE public key. */
    publicKey: text('public_key').notNull(),
    /** Signature counter; a response that does not move it forward is refused (a cloned authenticator). */
    counter: bigint('counter', { mode: 'number' }).notNull().default(0),
    transports: text('transports').array().notNull().default(sql`'{}'::text[]`),
    name: text('name').notNull(),
    backedUp: boolean('backed_up').notNull().default(false),
    createdAt: ts('created_at').notNull().defaultNow(),
    lastUsedAt: ts('last_used_at'),
  },
  (t) => [index('passkeys_user_idx').on(t.userId)],
);
export type Passkey = typeof passkeys.$inferSelect;

export const pendingSignInPurposeEnum = pgEnum('pending_sign_in_purpose', ['second-factor', 'enrol']);
export type PendingSignInPurpose = (typeof pendingSignInPurposeEnum.enumValues)[number];

/**
 * A password that was right, waiting for its second factor (or, when the role requires one and the
 * person has none, for enrolment). Short-lived, one-time, a hash of the token only; in the database so
 * any instance can finish the sign-in.
 */
export const pendingSignIns = pgTable(
  'pending_sign_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: ownerId(),
    purpose: pendingSignInPurposeEnum('purpose').notNull(),
    /** Wrong codes so far; the pending sign-in is dropped after a few. */
    failures: integer('failures').notNull().default(0),
    /** Set once the second factor (or the enrolment) checked out: the next step only starts the session. */
    verifiedAt: ts('verified_at'),
    expiresAt: ts('expires_at').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('pending_sign_ins_user_idx').on(t.userId)],
);

export const webauthnChallengePurposeEnum = pgEnum('webauthn_challenge_purpose', ['register', 'sign-in', 'second-factor']);

/** WebAuthn challenges handed to a browser: one-time (deleted when used) and short-lived. */
export const webauthnChallenges = pgTable('webauthn_challenges', {
  challenge: text('challenge').primaryKey(),
  purpose: webauthnChallengePurposeEnum('purpose').notNull(),
  /** Who may answer it (registration, second factor); null for a passkey sign-in by anyone. */
  userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: ts('expires_at').notNull(),
});
