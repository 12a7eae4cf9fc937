// The newsroom's tables, with the row types beside each. drizzle-kit generates db/migrations from this file.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
/** Raw bytes (PostgreSQL bytea): binary Yjs state. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  // node-postgres hands back a Buffer and PGlite a Uint8Array: both are Uint8Array.
  fromDriver: (value) => new Uint8Array(value),
});
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Tiptap/ProseMirror JSON as stored: validated against lib/content's schema before every write. */
export type DocJSON = { type: 'doc'; content?: unknown[] };

export const roleEnum = pgEnum('staff_role', ['contributor', 'author', 'editor', 'admin']);
export type Role = (typeof roleEnum.enumValues)[number];

export const articleStatusEnum = pgEnum('article_status', ['draft', 'review', 'scheduled', 'published', 'trash']);
export type ArticleStatus = (typeof articleStatusEnum.enumValues)[number];

/** An article is news (lists, feeds, sitemaps' news part); a page is standalone (/<slug>, the footer menu). */
export const articleKindEnum = pgEnum('article_kind', ['article', 'page']);
export type ArticleKind = (typeof articleKindEnum.enumValues)[number];

export const revisionKindEnum = pgEnum('revision_kind', ['autosave', 'save', 'publish', 'restore']);
export type RevisionKind = (typeof revisionKindEnum.enumValues)[number];

// ---------------------------------------------------------------- media
export type MediaVariant = { width: number; height: number; key: string; bytes: number };

export const media = pgTable(
  'media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Key of the full-size, metadata-stripped file in the storage backend. */
    storageKey: text('storage_key').notNull().unique(),
    originalName: text('original_name').notNull().default(''),
    mimeType: text('mime_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    /** Responsive sizes made with sharp at upload, smallest first. */
    variants: jsonb('variants').$type<MediaVariant[]>().notNull().default([]),
    alt: text('alt').notNull().default(''),
    caption: text('caption').notNull().default(''),
    credit: text('credit').notNull().default(''),
    uploadedById: uuid('uploaded_by_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('media_created_at_idx').on(t.createdAt.desc().nullsFirst())],
);
export type Media = typeof media.$inferSelect;
export type NewMedia = typeof media.$inferInsert;

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
const ownerId = () =>
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

// ---------------------------------------------------------------- tags
export const tags = pgTable(
  'tags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
    description: text('description').notNull().default(''),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('tags_name_lower_idx').on(sql`lower(${t.name})`)],
);
export type Tag = typeof tags.$inferSelect;

// ---------------------------------------------------------------- articles (the working copy staff edit)
/** The article fields both copies store the same way (fresh builders per table). */
const articleDetailColumns = () => ({
  excerpt: text('excerpt').notNull().default(''),
  featuredImageId: uuid('featured_image_id').references(() => media.id, { onDelete: 'set null' }),
  featuredImageCaption: text('featured_image_caption').notNull().default(''),
  featuredImageCredit: text('featured_image_credit').notNull().default(''),
  seoTitle: text('seo_title').notNull().default(''),
  seoDescription: text('seo_description').notNull().default(''),
  correctionNote: text('correction_note').notNull().default(''),
});

export const articles = pgTable(
  'articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Set at creation and never changed: same editor, revisions and workflow, different public place. */
    kind: articleKindEnum('kind').notNull().default('article'),
    status: articleStatusEnum('status').notNull().default('draft'),
    /** Working slug; the public one lives in published_articles until "Update" copies it over. */
    slug: text('slug').notNull().unique(),
    headline: text('headline').notNull().default(''),
    dek: text('dek').notNull().default(''),
    body: jsonb('body').$type<DocJSON>().notNull().default({ type: 'doc', content: [] }),
    ...articleDetailColumns(),
    /** When a scheduled article goes live; claimed once by a conditional update. */
    scheduledAt: ts('scheduled_at'),
    /** Status to return to when restored from trash. */
    statusBeforeTrash: articleStatusEnum('status_before_trash'),
    /** Working copy differs from what readers see (published articles only). */
    hasUnpublishedChanges: boolean('has_unpublished_changes').notNull().default(false),
    /** Optimistic concurrency: every save names the version it started from. */
    version: integer('version').notNull().default(1),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    updatedById: uuid('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    trashedAt: ts('trashed_at'),
  },
  (t) => [
    index('articles_status_updated_idx').on(t.status, t.updatedAt.desc().nullsFirst()),
    index('articles_updated_idx').on(t.updatedAt.desc().nullsFirst()),
    index('articles_scheduled_idx').on(t.scheduledAt).where(sql`${t.status} = 'scheduled'`),
  ],
);
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;

/** Working-copy tags. */
export const articleTags = pgTable(
  'article_tags',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: uuid('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId)],
);

/** Working-copy bylines, in order. */
export const articleAuthors = pgTable(
  'article_authors',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: ownerId(),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] }), index('article_authors_user_idx').on(t.userId)],
);

/**
 * What readers see: a row exists only while an article is published, copied from the working copy on
 * publish/update and deleted on unpublish/trash. Public reads touch only this table, so drafts cannot leak.
 */
export const publishedArticles = pgTable(
  'published_articles',
  {
    articleId: uuid('article_id')
      .primaryKey()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** Copied from the working copy; public reads of news filter on it in one place (lib/articles/public-scope.ts). */
    kind: articleKindEnum('kind').notNull().default('article'),
    slug: text('slug').notNull().unique(),
    headline: text('headline').notNull(),
    dek: text('dek').notNull().default(''),
    body: jsonb('body').$type<DocJSON>().notNull(),
    /** Plain text of the body, for search and reading time. */
    bodyText: text('body_text').notNull().default(''),
    ...articleDetailColumns(),
    /** Denormalised for index-backed tag and author listings; bylines keep their order. */
    tagIds: uuid('tag_ids').array().notNull().default(sql`'{}'::uuid[]`),
    authorIds: uuid('author_ids').array().notNull().default(sql`'{}'::uuid[]`),
    wordCount: integer('word_count').notNull().default(0),
    publishedAt: ts('published_at').notNull(),
    modifiedAt: ts('modified_at').notNull(),
    /** When the current correction note was added or last changed (null without one): /corrections' order. */
    correctedAt: ts('corrected_at'),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', coalesce(headline, '')), 'A') || setweight(to_tsvector('english', coalesce(dek, '')), 'B') || setweight(to_tsvector('english', coalesce(body_text, '')), 'C')`,
      ),
  },
  (t) => [
    // Newest first with a stable tiebreak (both descending, as the listings sort); read backwards it
    // serves the oldest-first sitemap files.
    index('published_articles_published_at_idx').on(t.publishedAt.desc().nullsFirst(), t.articleId.desc().nullsFirst()),
    index('published_articles_modified_at_idx').on(t.modifiedAt.desc().nullsFirst()),
    // /corrections: only the few articles with a note, newest note first, without scanning the rest.
    index('published_articles_corrections_idx')
      .on(t.correctedAt.desc().nullsFirst(), t.articleId.desc().nullsFirst())
      .where(sql`${t.correctionNote} <> ''`),
    index('published_articles_tag_ids_idx').using('gin', t.tagIds),
    index('published_articles_author_ids_idx').using('gin', t.authorIds),
    index('published_articles_search_idx').using('gin', t.searchVector),
  ],
);
export type PublishedArticle = typeof publishedArticles.$inferSelect;

/** The fields a revision snapshots: the whole working copy, tags and bylines included. */
export type ArticleSnapshot = {
  slug: string;
  headline: string;
  dek: string;
  body: DocJSON;
  excerpt: string;
  featuredImageId: string | null;
  featuredImageCaption: string;
  featuredImageCredit: string;
  seoTitle: string;
  seoDescription: string;
  correctionNote: string;
  tagIds: string[];
  authorIds: string[];
};

export const revisions = pgTable(
  'revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** The article version this snapshot produced. */
    version: integer('version').notNull(),
    kind: revisionKindEnum('kind').notNull(),
    snapshot: jsonb('snapshot').$type<ArticleSnapshot>().notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('revisions_article_idx').on(t.articleId, t.createdAt.desc().nullsFirst())],
);
export type Revision = typeof revisions.$inferSelect;

/**
 * The live-editing document of an article (lib/collab): its Yjs state, compacted to one update on
 * every store, and the article version it was stored with. `mergePending`: the article changed outside
 * the document (a revision restored, a re-import) and its fields go into the document on the next load.
 */
export const articleCollabStates = pgTable('article_collab_states', {
  articleId: uuid('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  state: bytea('state').notNull(),
  articleVersion: integer('article_version').notNull(),
  mergePending: boolean('merge_pending').notNull().default(false),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
export type ArticleCollabState = typeof articleCollabStates.$inferSelect;

// ---------------------------------------------------------------- site settings (one row, id = 1)
export const siteSettings = pgTable('site_settings', {
  id: integer('id').primaryKey().default(1),
  siteName: text('site_name').notNull().default('Byline'),
  description: text('description').notNull().default(''),
  logoId: uuid('logo_id').references(() => media.id, { onDelete: 'set null' }),
  copyright: text('copyright').notNull().default(''),
  defaultSocialImageId: uuid('default_social_image_id').references(() => media.id, { onDelete: 'set null' }),
  /** Roles whose members must sign in with a second factor (TOTP or a passkey). */
  secondFactorRoles: roleEnum('second_factor_roles').array().notNull().default(sql`'{}'::staff_role[]`),
  /** The pages linked from the site footer, in order (lib/settings/footer.ts); unpublished ones are skipped. */
  footerPageIds: uuid('footer_page_ids').array().notNull().default(sql`'{}'::uuid[]`),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
export type SiteSettings = typeof siteSettings.$inferSelect;

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

// ---------------------------------------------------------------- imports (WordPress and later Byline archives)
export type ImportCounts = { imported: number; updated: number; skipped: number; failed: number; comments: number };
export type ImportProblem = { item: string; message: string };

/** One run of an importer: what it did and every construct it could not carry over exactly. */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: text('source').notNull(),
    /** The old site's base URL (WordPress) the run read. */
    site: text('site').notNull().default(''),
    fileName: text('file_name').notNull().default(''),
    status: text('status').$type<'running' | 'done' | 'failed'>().notNull().default('running'),
    counts: jsonb('counts').$type<ImportCounts>().notNull().default({ imported: 0, updated: 0, skipped: 0, failed: 0, comments: 0 }),
    problems: jsonb('problems').$type<ImportProblem[]>().notNull().default([]),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    startedAt: ts('started_at').notNull().defaultNow(),
    finishedAt: ts('finished_at'),
  },
  (t) => [index('imports_started_idx').on(t.startedAt.desc().nullsFirst())],
);
export type ImportRun = typeof imports.$inferSelect;

/** What an import made from each source item, so re-running the same export updates instead of duplicating. */
export const importedItems = pgTable(
  'imported_items',
  {
    site: text('site').notNull(),
    /** 'post', 'page', 'attachment', 'author' or 'term'. */
    kind: text('kind').notNull(),
    sourceId: text('source_id').notNull(),
    targetId: uuid('target_id').notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.site, t.kind, t.sourceId] })],
);

// ---------------------------------------------------------------- redirects
export const REDIRECT_SOURCES = ['manual', 'wordpress', 'slug-change'] as const;
export type RedirectSource = (typeof REDIRECT_SOURCES)[number];

/**
 * Every old public address, whoever made it (lib/redirects, docs/architecture.md "Old addresses"). A row
 * points at exactly one target: a path (an admin's redirect, an imported site's address), or the article,
 * tag or author it was an address of (a slug change), so it follows every later rename and goes with
 * the row it points at.
 */
export const redirects = pgTable(
  'redirects',
  {
    /** Path (and for WordPress's `/?p=ID` forms, its query), without a trailing slash. */
    fromPath: text('from_path').primaryKey(),
    source: text('source', { enum: REDIRECT_SOURCES }).notNull().default('manual'),
    toPath: text('to_path'),
    articleId: uuid('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    tagId: uuid('tag_id').references(() => tags.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    status: integer('status').notNull().default(308),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('redirects_one_target', sql`num_nonnulls(${t.toPath}, ${t.articleId}, ${t.tagId}, ${t.userId}) = 1`),
    index('redirects_article_idx').on(t.articleId),
    index('redirects_tag_idx').on(t.tagId),
    index('redirects_user_idx').on(t.userId),
  ],
);
export type Redirect = typeof redirects.$inferSelect;

// ---------------------------------------------------------------- edge cache purges (outbox)
/**
 * Purges owed to the edge caches (EDGE_PURGE_URLS): written when a write expires cache tags, and
 * retried by every instance until each edge has confirmed, so a crash or an edge that is briefly down
 * cannot leave a stale page at the edge. `pendingEdges` shrinks as edges confirm. Each purge is sent
 * in two rounds (lib/cache/edge-purge.ts says why).
 */
export const edgePurges = pgTable(
  'edge_purges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    keys: text('keys').array().notNull(),
    pendingEdges: text('pending_edges').array().notNull(),
    attempts: integer('attempts').notNull().default(0),
    round: integer('round').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    deliveredAt: ts('delivered_at'),
  },
  (t) => [index('edge_purges_due_idx').on(t.nextAttemptAt).where(sql`${t.deliveredAt} is null`)],
);
export type EdgePurge = typeof edgePurges.$inferSelect;

// ---------------------------------------------------------------- live coverage
/**
 * Every change to live coverage (an entry posted, edited or deleted; coverage started or ended) takes
 * the next number of this sequence: readers ask "what changed since N" and SSE events carry it as id.
 */
export const liveChangeSeq = pgSequence('live_change_seq');
const nextLiveChange = () => sql`nextval('live_change_seq')`;

/** An article with a row here is a live article; `endedAt` set means the coverage has ended. */
export const liveCoverage = pgTable('live_coverage', {
  articleId: uuid('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  startedAt: ts('started_at').notNull().defaultNow(),
  endedAt: ts('ended_at'),
  change: bigint('change', { mode: 'number' }).notNull().default(nextLiveChange()),
});
export type LiveCoverage = typeof liveCoverage.$inferSelect;

/**
 * One entry of a live article. Deleted entries stay as tombstones (body emptied) so a reader that was
 * away learns of the deletion when it catches up.
 */
export const liveEntries = pgTable(
  'live_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    headline: text('headline').notNull().default(''),
    body: jsonb('body').$type<DocJSON>().notNull(),
    bodyText: text('body_text').notNull().default(''),
    pinned: boolean('pinned').notNull().default(false),
    keyEvent: boolean('key_event').notNull().default(false),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    postedAt: ts('posted_at').notNull().defaultNow(),
    /** Set when an entry is edited after posting (readers see "updated"). */
    editedAt: ts('edited_at'),
    deletedAt: ts('deleted_at'),
    change: bigint('change', { mode: 'number' }).notNull().default(nextLiveChange()),
  },
  (t) => [
    index('live_entries_article_posted_idx').on(t.articleId, t.postedAt.desc().nullsFirst()),
    index('live_entries_article_change_idx').on(t.articleId, t.change),
  ],
);
export type LiveEntry = typeof liveEntries.$inferSelect;
