// Authors and terms of a WordPress export into Byline: authors become staff who cannot sign in until
// an admin issues a set-password link; categories and tags become tags, merged by name.
import 'server-only';
import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { tags, users } from '@/db/schema';
import { slugify } from '@/lib/core/slug';
import { slugFromName } from '@/lib/users/fields';
import { freeAuthorSlug } from '@/lib/users/slugs';
import { freeTagSlug } from '@/lib/tags/slugs';
import { saveMapping } from './mapping';
import { report, type RunState } from './state';
import type { WxrAuthor, WxrTerm } from './wxr-reader';

export async function importAuthor(state: RunState, author: WxrAuthor): Promise<void> {
  const label = `author ${author.login || author.id}`;
  const { db } = state;
  const name = (author.displayName || `${author.firstName} ${author.lastName}`.trim() || author.login).trim().slice(0, 100);
  if (!author.displayName.trim()) report(state, label, `has no display name: "${name}" is used`);
  if (!name) {
    report(state, label, 'has neither a name nor a login: skipped, their posts get the importing admin as byline');
    state.counts.skipped++;
    return;
  }
  const email = (author.email.trim().toLowerCase() || `${slugFromName(author.login) || author.id}@wordpress-import.invalid`).slice(0, 254);
  const [existing] = await db.select({ id: users.id, slug: users.slug }).from(users).where(eq(users.email, email));
  if (existing) {
    // Someone already on the staff: bylines point at them; their account is not changed.
    state.authors.set(author.login, existing);
    state.counts.skipped++;
    return;
  }
  const base = slugFromName(name) || slugFromName(author.login) || `author-${author.id}`;
  // Author slugs need at least two characters; another author's old address is not free either.
  const slug = await freeAuthorSlug(db, base.length < 2 ? `${base}-author` : base);
  if (state.dryRun) {
    state.authors.set(author.login, { id: crypto.randomUUID(), slug });
    state.counts.imported++;
    return;
  }
  // No password: the account cannot sign in until an admin issues a set-password link.
  const [row] = await db.insert(users).values({ email, name, slug, role: 'contributor', passwordHash: null }).returning({ id: users.id, slug: users.slug });
  await saveMapping(db, state.site, 'author', author.id, row!.id);
  state.authors.set(author.login, row!);
  state.counts.imported++;
}

export async function importTerm(state: RunState, term: WxrTerm): Promise<void> {
  const domain = term.kind === 'category' ? 'category' : 'post_tag';
  const label = `${term.kind} ${term.slug || term.name}`;
  const { db } = state;
  const name = term.name.trim().slice(0, 100);
  if (!name) {
    report(state, label, 'has no name: skipped');
    state.counts.skipped++;
    return;
  }
  if (term.slug === 'uncategorized' && term.kind === 'category') {
    // WordPress's default bucket is not a topic readers browse.
    state.counts.skipped++;
    return;
  }
  const wanted = slugify(decodeSlug(term.slug) || name) || slugify(name) || `tag-${term.termId}`;
  const [byName] = await db.select({ id: tags.id, slug: tags.slug }).from(tags).where(sql`lower(${tags.name}) = lower(${name})`);
  if (byName) {
    // A category and a tag with the same name (or an existing Byline tag) become one tag.
    state.terms.set(`${domain}:${term.slug}`, byName);
    state.counts.skipped++;
    return;
  }
  const slug = await freeTagSlug(db, wanted);
  if (slug !== wanted) report(state, label, `slug "${wanted}" is taken by another tag (or is an old address of one): "${slug}" is used`);
  if (state.dryRun) {
    state.terms.set(`${domain}:${term.slug}`, { id: crypto.randomUUID(), slug });
    state.counts.imported++;
    return;
  }
  const [row] = await db
    .insert(tags)
    .values({ name, slug, description: term.description.trim().slice(0, 500) })
    .returning({ id: tags.id, slug: tags.slug });
  await saveMapping(db, state.site, 'term', `${domain}:${term.termId}`, row!.id);
  state.terms.set(`${domain}:${term.slug}`, row!);
  state.counts.imported++;
}

/** WordPress stores non-ASCII slugs percent-encoded. */
export function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}
