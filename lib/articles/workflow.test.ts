// Integration tests: every workflow action per role. A refused action leaves the database exactly as
// it was; allowed ones move the article and its public copy as expected.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { articles, publishedArticles, revisions, type ArticleStatus } from '@/db/schema';
import type { Actor } from '@/lib/permissions/can';
import { createDraft } from './editorial';
import { saveArticle } from './save';
import { fieldsFor, makeStaff, paragraphs } from './testing';
import {
  publishNow,
  restoreFromTrash,
  scheduleArticle,
  submitForReview,
  trashArticle,
  unpublishArticle,
  unscheduleArticle,
  updatePublished,
  type WorkflowResult,
} from './workflow';

type Who = 'contributor' | 'author' | 'otherAuthor' | 'editor' | 'admin' | 'disabled';
let staff: Record<Who, Actor>;

beforeAll(async () => {
  const disabledEditor = await makeStaff('editor');
  staff = {
    contributor: await makeStaff('contributor'),
    author: await makeStaff('author'),
    otherAuthor: await makeStaff('author'),
    editor: await makeStaff('editor'),
    admin: await makeStaff('admin'),
    disabled: { ...disabledEditor, disabled: true },
  };
});

const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();

/** An article owned by `owner`, brought to `status` by an admin. */
async function articleIn(status: ArticleStatus, owner: Actor): Promise<string> {
  const created = await createDraft(owner, fieldsFor([owner.id], { headline: `Story ${crypto.randomUUID().slice(0, 8)}`, body: paragraphs('Body text.') }));
  if (!created.ok) throw new Error(created.error);
  const id = created.article.id;
  const admin = staff.admin;
  const must = async (p: Promise<WorkflowResult>) => {
    const r = await p;
    if (!r.ok) throw new Error(r.error);
  };
  if (status === 'review') await must(submitForReview(owner, { id }));
  if (status === 'scheduled') await must(scheduleArticle(admin, { id, scheduledAt: inAnHour() }));
  if (status === 'published') await must(publishNow(admin, { id }));
  if (status === 'trash') await must(trashArticle(admin, { id }));
  return id;
}

async function dbState(id: string) {
  const db = await getDb();
  return {
    article: (await db.select().from(articles).where(eq(articles.id, id)))[0],
    published: await db.select({ slug: publishedArticles.slug, modifiedAt: publishedArticles.modifiedAt }).from(publishedArticles).where(eq(publishedArticles.articleId, id)),
    revisions: (await db.select({ id: revisions.id }).from(revisions).where(eq(revisions.articleId, id))).length,
  };
}

type Case = {
  name: string;
  from: ArticleStatus;
  run: (actor: Actor, id: string) => Promise<WorkflowResult>;
  allowed: Who[];
  to: ArticleStatus;
  publicAfter: boolean;
};

const cases: Case[] = [
  { name: 'submit for review', from: 'draft', run: (a, id) => submitForReview(a, { id }), allowed: ['contributor'], to: 'review', publicAfter: false },
  { name: 'publish now', from: 'review', run: (a, id) => publishNow(a, { id }), allowed: ['editor', 'admin'], to: 'published', publicAfter: true },
  { name: 'schedule', from: 'review', run: (a, id) => scheduleArticle(a, { id, scheduledAt: inAnHour() }), allowed: ['editor', 'admin'], to: 'scheduled', publicAfter: false },
  { name: 'cancel a schedule', from: 'scheduled', run: (a, id) => unscheduleArticle(a, { id }), allowed: ['editor', 'admin'], to: 'draft', publicAfter: false },
  { name: 'update', from: 'published', run: (a, id) => updatePublished(a, { id }), allowed: ['editor', 'admin'], to: 'published', publicAfter: true },
  { name: 'unpublish', from: 'published', run: (a, id) => unpublishArticle(a, { id }), allowed: ['editor', 'admin'], to: 'draft', publicAfter: false },
  { name: 'trash', from: 'draft', run: (a, id) => trashArticle(a, { id }), allowed: ['editor', 'admin'], to: 'trash', publicAfter: false },
  { name: 'trash a published article', from: 'published', run: (a, id) => trashArticle(a, { id }), allowed: ['editor', 'admin'], to: 'trash', publicAfter: false },
  { name: 'restore from trash', from: 'trash', run: (a, id) => restoreFromTrash(a, { id }), allowed: ['editor', 'admin'], to: 'draft', publicAfter: false },
];

const everyone: Who[] = ['contributor', 'author', 'otherAuthor', 'editor', 'admin', 'disabled'];

describe.each(cases)('$name on a contributor’s article', (c) => {
  it.each(everyone)('as %s', async (who) => {
    const id = await articleIn(c.from, staff.contributor);
    const before = await dbState(id);
    const result = await c.run(staff[who], id);
    if (c.allowed.includes(who)) {
      expect(result.ok, result.ok ? '' : result.error).toBe(true);
      const after = await dbState(id);
      expect(after.article!.status).toBe(c.to);
      expect(after.published.length).toBe(c.publicAfter ? 1 : 0);
    } else {
      expect(result.ok).toBe(false);
      expect(await dbState(id)).toEqual(before);
    }
  });
});

describe('authors publish their own work', () => {
  it.each([
    ['author', true],
    ['otherAuthor', false],
    ['contributor', false],
  ] as const)('publish, update and unpublish an author’s article as %s', async (who, allowed) => {
    const id = await articleIn('draft', staff.author);
    const before = await dbState(id);
    const published = await publishNow(staff[who], { id });
    expect(published.ok).toBe(allowed);
    if (!allowed) {
      expect(await dbState(id)).toEqual(before);
      return;
    }
    expect((await updatePublished(staff[who], { id })).ok).toBe(true);
    expect((await unpublishArticle(staff[who], { id })).ok).toBe(true);
    expect((await dbState(id)).published).toHaveLength(0);
  });

  it('lets a contributor edit their draft but not once it is published', async () => {
    const id = await articleIn('draft', staff.contributor);
    const fields = fieldsFor([staff.contributor.id], { headline: 'Edited', body: paragraphs('Edited.') });
    expect((await saveArticle(staff.contributor, { id, mode: 'manual', fields })).ok).toBe(true);
    expect((await publishNow(staff.admin, { id })).ok).toBe(true);
    const published = await dbState(id);
    const refused = await saveArticle(staff.contributor, { id, mode: 'manual', fields: { ...fields, headline: 'Again' } });
    expect(!refused.ok && refused.code).toBe('forbidden');
    expect(await dbState(id)).toEqual(published);
  });

  it('refuses bylines changed by someone below editor', async () => {
    const id = await articleIn('draft', staff.author);
    const before = await dbState(id);
    const result = await saveArticle(staff.author, {
      id,
      mode: 'manual',
      fields: fieldsFor([staff.author.id, staff.editor.id], { body: paragraphs('x') }),
    });
    expect(!result.ok && result.fieldErrors?.authorIds).toMatch(/editors/);
    expect(await dbState(id)).toEqual(before);
  });
});

describe('publication checks', () => {
  it('refuses to publish an article without a headline, with a message on the field', async () => {
    const created = await createDraft(staff.editor, fieldsFor([staff.editor.id], { headline: '' }));
    if (!created.ok) throw new Error(created.error);
    const before = await dbState(created.article.id);
    const result = await publishNow(staff.editor, { id: created.article.id });
    expect(!result.ok && result.fieldErrors?.headline).toBeTruthy();
    expect(await dbState(created.article.id)).toEqual(before);
  });

  it('refuses a schedule in the past', async () => {
    const id = await articleIn('draft', staff.editor);
    const result = await scheduleArticle(staff.editor, { id, scheduledAt: new Date(Date.now() - 60_000).toISOString() });
    expect(!result.ok && result.fieldErrors?.scheduledAt).toMatch(/future/);
  });

  it('restores a trashed review piece to review', async () => {
    const id = await articleIn('review', staff.contributor);
    expect((await trashArticle(staff.editor, { id })).ok).toBe(true);
    const restored = await restoreFromTrash(staff.editor, { id });
    expect(restored.ok && restored.article.status).toBe('review');
  });
});
