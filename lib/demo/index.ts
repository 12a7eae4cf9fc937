// The demo newsroom seed and the first-admin bootstrap, called by the start script: fills an empty
// database with staff, tags, 30+ published articles, workflow examples, the standalone pages of the
// footer menu and site settings, in one go.
import crypto from 'node:crypto';
import argon2 from 'argon2';
import { eq, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db/client';
import { articles, siteSettings, tags, users, type Role } from '@/db/schema';
import { createArticlesAsSystem, describeFieldErrors } from '@/lib/articles/system-write';
import { plainSlug } from '@/lib/core/slug';
import { freeAuthorSlug } from '@/lib/users/slugs';
import { buildArticleWrites } from './articles';
import { buildPageWrites } from './pages';
import { PUBLISHED_ARTICLES, UNPUBLISHED_ARTICLES } from './content';
import { LIVE_ARTICLE } from './content-live';
import { seedLiveCoverage } from './live';
import { createSeedLibrary, removeSeedMedia, type CreatedMedia } from './library';
import { STAFF, type StaffKey } from './staff';
import { TAGS, type TagSlug } from './tags';

export type DemoLogin = { email: string; password: string; role: Role; name: string };

const DAY = 86_400_000;
async function isEmpty(db: Db | Tx): Promise<boolean> {
  const [anyUser] = await db.select({ id: users.id }).from(users).limit(1);
  if (anyUser) return false;
  const [anyArticle] = await db.select({ id: articles.id }).from(articles).limit(1);
  return !anyArticle;
}

/** True when there are no users and no articles: a fresh install. */
export async function isDatabaseEmpty(): Promise<boolean> {
  return isEmpty(await getDb());
}

/**
 * Fills an empty database with the demo newsroom and returns the four demo sign-ins. Refuses (throws)
 * when the database already has users or articles, so a restart never duplicates anything.
 */
export async function seedDemo(): Promise<DemoLogin[]> {
  if (!(await isDatabaseEmpty())) throw new Error('Refusing to seed the demo newsroom: the database already has users or articles.');
  const db = await getDb();
  const now = new Date();
  const staff = STAFF.map((person) => ({ ...person, id: crypto.randomUUID() }));
  const staffIds = Object.fromEntries(staff.map((p) => [p.key, p.id])) as Record<StaffKey, string>;
  const tagRows = TAGS.map((t) => ({ ...t, id: crypto.randomUUID(), createdAt: new Date(now.getTime() - 90 * DAY), updatedAt: new Date(now.getTime() - 90 * DAY) }));
  const tagIds = Object.fromEntries(tagRows.map((t) => [t.slug, t.id])) as Record<TagSlug, string>;

  const created: CreatedMedia = [];
  try {
    const [library, hashes] = await Promise.all([
      createSeedLibrary({ staff, uploaderId: staffIds.admin, created }),
      Promise.all(staff.map((p) => (p.password ? argon2.hash(p.password, { type: argon2.argon2id }) : Promise.resolve(null)))),
    ]);
    const writes = [...buildArticleWrites(PUBLISHED_ARTICLES, UNPUBLISHED_ARTICLES, { now, staffIds, tagIds, pictures: library.pictures }), ...buildPageWrites({ now, adminId: staffIds.admin })];
    const joined = new Date(now.getTime() - 120 * DAY);

    await db.transaction(async (tx) => {
      // Two instances starting together on one PostgreSQL database: the second waits here, then sees rows.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('byline:seed-demo'))`);
      if (!(await isEmpty(tx))) throw new Error('Refusing to seed the demo newsroom: the database already has users or articles.');
      await tx.insert(users).values(
        staff.map((p, i) => ({
          id: p.id,
          email: p.email,
          name: p.name,
          slug: p.slug,
          bio: p.bio,
          role: p.role,
          avatarId: library.avatars[p.key]?.id ?? null,
          passwordHash: hashes[i] ?? null,
          createdAt: joined,
          updatedAt: joined,
        })),
      );
      await tx.insert(tags).values(tagRows);
      // Through the one system write, as an import would: fields checked, public copies, revisions.
      const written = await createArticlesAsSystem(tx, writes);
      if (!written.ok) {
        const lines = written.failures.map(({ index, fieldErrors }) => `${writes[index]!.fields.slug}: ${describeFieldErrors(fieldErrors)}`);
        throw new Error(`The demo articles were refused: ${lines.join('; ')}`);
      }
      await seedLiveCoverage(tx, { now, staffIds, articleId: writes.find((w) => w.fields.slug === LIVE_ARTICLE.slug)?.newId });
      const settings = {
        siteName: 'Byline',
        description: 'Independent news from Ostervale and the Kessen Valley: politics, business, climate, culture and sport.',
        copyright: `© ${now.getFullYear()} Byline. Demo content: all people, places and events are fictional.`,
        logoId: library.logo.id,
        defaultSocialImageId: library.social.id,
        footerPageIds: writes.filter((w) => w.kind === 'page').map((w) => w.newId),
        updatedAt: now,
      };
      await tx.insert(siteSettings).values({ id: 1, ...settings }).onConflictDoUpdate({ target: siteSettings.id, set: settings });
    });
  } catch (error) {
    await removeSeedMedia(created);
    throw error;
  }

  return staff.flatMap((p) => (p.password ? [{ email: p.email, password: p.password, role: p.role, name: p.name }] : []));
}

// ---------------------------------------------------------------- first admin

function nameFromLocalPart(local: string): string {
  return local
    .split(/[._+-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/**
 * Makes sure an active admin with this email exists (ADMIN_EMAIL / ADMIN_PASSWORD at start). Leaves an
 * existing user with that email untouched, whatever their role or password.
 */
export async function ensureAdmin(input: { email: string; password: string }): Promise<'created' | 'exists'> {
  const email = input.email.trim().toLowerCase();
  const db = await getDb();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (existing) return 'exists';
  const local = email.split('@')[0] ?? '';
  const base = plainSlug(local, 60);
  // Author slugs need at least two characters.
  const slug = await freeAuthorSlug(db, base.length >= 2 ? base : base ? `${base}-admin` : 'admin');
  const passwordHash = await argon2.hash(input.password, { type: argon2.argon2id });
  const inserted = await db
    .insert(users)
    .values({ email, name: nameFromLocalPart(local) || 'Administrator', slug, role: 'admin', passwordHash, disabled: false })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return inserted.length > 0 ? 'created' : 'exists';
}
