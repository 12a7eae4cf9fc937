// Staff accounts, their set-password links, sign-in throttling, sessions and the audit log.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns';
import { media } from './media';

export const roleEnum = pgEnum('staff_role', ['contributor', 'author', 'editor', 'admin']);
export type Role = (typeof roleEnum.enumValues)[number];

// ---------------------------------------------------------------- staff
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased; unique. */
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    /** Public author page: /author/<slug>. */
    slug: text('slug').notNull().unique(),
    bio: text('bio').notNull().default(''),
    avatarId: uuid('avatar_id').references(() => media.id, { onDelete: 'set null' }),
    role: roleEnum('role').notNull().default('contributor'),
    /** argon2id; null until the person sets a password through their one-time link. */
    passwordHash: text('password_hash'),
    disabled: boolean('disabled').notNull().default(false),
    /** Bumped on role change, disable and password change: sessions carrying an older value stop working. */
    sessionVersion: integer('session_version').notNull().default(1),
    lastLoginAt: ts('last_login_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
);
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/** The person a row belongs to (user_id): deleting the person deletes the row. */
export const ownerId = () =>
  uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

/** One-time set-password links (new staff, password resets); only a hash of the token is stored. */
export const passwordTokens = pgTable(
  'password_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('password_tokens_user_idx').on(t.userId)],
);
export type PasswordToken = typeof passwordTokens.$inferSelect;

/** Sign-in throttling shared by every app instance: one row per account ("email:…") or address ("ip:…"). */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: ts('window_started_at').notNull().defaultNow(),
  lockedUntil: ts('locked_until'),
});
export type LoginThrottle = typeof loginThrottle.$inferSelect;

// ---------------------------------------------------------------- staff sessions and the audit log
/**
 * One row per signed-in browser. The session cookie names its row (JWT `sid`); a request counts only
 * while the row is live, so signing out, or being signed out by an admin, ends the cookie everywhere.
 */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    createdAt: ts('created_at').notNull().defaultNow(),
    /** Moved on at most once a minute, not per request. */
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    /** The address and browser that signed in. */
    ip: text('ip'),
    userAgent: text('user_agent').notNull().default(''),
    /** How the person signed in (the Auth.js provider: credentials, passkey, ...). */
    method: text('method').notNull().default('credentials'),
    endedAt: ts('ended_at'),
    /** Why it ended: signed_out, ended_by_user, ended_by_admin, password_changed, role_changed, disabled, password_reset. */
    endReason: text('end_reason'),
  },
  (t) => [
    index('staff_sessions_user_idx').on(t.userId, t.lastSeenAt.desc().nullsFirst()),
    index('staff_sessions_live_idx').on(t.lastSeenAt).where(sql`${t.endedAt} is null`),
  ],
);
export type StaffSession = typeof staffSessions.$inferSelect;

/**
 * Who did what, to what, when and from where. Append-only: lib/audit/record.ts is the one writer, a
 * database trigger refuses updates (and deletes of recent rows); only retention pruning deletes. No
 * foreign keys, so an entry outlives whatever it names.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    createdAt: ts('created_at').notNull().defaultNow(),
    /** The staff member who acted; null for the scheduler ('system') and unrecognised sign-in attempts. */
    actorId: uuid('actor_id'),
    actorKind: text('actor_kind').$type<'staff' | 'system' | 'anonymous'>().notNull(),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    summary: text('summary').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    sessionId: uuid('session_id'),
  },
  (t) => [
    index('audit_log_created_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('audit_log_actor_idx').on(t.actorId, t.createdAt.desc().nullsFirst()),
    index('audit_log_action_idx').on(t.action, t.createdAt.desc().nullsFirst()),
  ],
);
export type AuditLogRow = typeof auditLog.$inferSelect;
