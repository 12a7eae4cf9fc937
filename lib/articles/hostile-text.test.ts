// Issue 14, findings 5 and 6: a NUL byte or an unpaired surrogate in any staff text field, and a body
// nested 3,000 deep, get a message next to the field (no database error, no stack overflow), and
// nothing is stored.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { articles, type DocJSON } from '@/db/schema';
import { TEXT_RULE_MESSAGE } from '@/lib/core/text-rule';
import { BODY_TEXT_MESSAGE, BODY_TOO_DEEP_MESSAGE } from '@/lib/content/limits';
import { checkArticleDoc } from '@/lib/content/schema';
import type { Actor } from '@/lib/permissions/can';
import { updateSiteSettings } from '@/lib/settings/manage';
import { createTag } from '@/lib/tags/manage';
import { updateMediaText } from '@/lib/media/library';
import { updateOwnProfile } from '@/lib/users/profile';
import { createStaff } from '@/lib/users/staff';
import { createDraft } from './editorial';
import { saveArticle } from './save';
import { fieldsFor, makeMedia, makeStaff, paragraphs } from './testing';

const BAD = { nul: 'Council\u0000 votes', surrogate: 'Council \uD83D votes', lowSurrogate: 'Council \uDE00 votes', control: 'Council\u0007 votes' };

let admin: Actor;
let author: Actor;
let articleId = '';
let version = 0;

beforeAll(async () => {
  admin = await makeStaff('admin');
  author = await makeStaff('author');
  const created = await createDraft(author, fieldsFor([author.id], { headline: 'Clean headline' }));
  if (!created.ok) throw new Error(created.error);
  articleId = created.article.id;
  version = created.article.version;
});

async function storedHeadline() {
  const db = await getDb();
  const [row] = await db.select({ headline: articles.headline, version: articles.version }).from(articles).where(eq(articles.id, articleId));
  return row!;
}

const textFields = ['headline', 'dek', 'excerpt', 'featuredImageCaption', 'featuredImageCredit', 'seoTitle', 'seoDescription', 'correctionNote', 'slug'] as const;

describe('the text rule on article fields', () => {
  it.each(textFields.flatMap((field) => Object.entries(BAD).map(([kind, value]) => [field, kind, value] as const)))(
    '%s with a %s character gets a message next to it',
    async (field, _kind, value) => {
      const result = await saveArticle(author, { id: articleId, mode: 'manual', fields: fieldsFor([author.id], { [field]: value }) });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.code).toBe('invalid');
      expect(result.fieldErrors?.[field]).toBe(TEXT_RULE_MESSAGE);
      expect(await storedHeadline()).toEqual({ headline: 'Clean headline', version });
    },
  );

  const bodies: [string, DocJSON][] = [
    ['a text node', paragraphs(BAD.nul)],
    ['a lone surrogate in text', paragraphs(BAD.surrogate)],
    ['a link href', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'https://example.com/\u0000' } }] }] }] }],
    ['an image alt', { type: 'doc', content: [{ type: 'figure', attrs: { mediaId: '00000000-0000-4000-8000-000000000000', src: '/media/x.png', alt: 'a\u0000', caption: '', credit: '' } }] }],
    ['an image caption', { type: 'doc', content: [{ type: 'figure', attrs: { mediaId: '00000000-0000-4000-8000-000000000000', src: '/media/x.png', alt: '', caption: '\uDC00', credit: '' } }] }],
  ];
  it.each(bodies)('a body with a bad character in %s is refused with the body message', async (_where, body) => {
    const result = await saveArticle(author, { id: articleId, mode: 'manual', fields: fieldsFor([author.id], { body }) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.body).toBe(BODY_TEXT_MESSAGE);
    expect((await storedHeadline()).version).toBe(version);
  });

  it('still accepts ordinary text: emoji, tabs, newlines, accents', async () => {
    const result = await saveArticle(author, { id: articleId, mode: 'manual', fields: fieldsFor([author.id], { headline: 'Clean headline', dek: 'Zoë 😀\tand\nmore', body: paragraphs('Ça va 👍🏽') }) });
    expect(result.ok).toBe(true);
    if (result.ok) version = result.article.version;
  });
});

describe('deeply nested bodies (finding 6)', () => {
  const nested = (depth: number): DocJSON => {
    let node: Record<string, unknown> = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] };
    for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] };
    return { type: 'doc', content: [node] } as DocJSON;
  };

  it('refuses 3,000 nested quotes with a message, before any recursive walk', async () => {
    const result = await saveArticle(author, { id: articleId, mode: 'manual', fields: fieldsFor([author.id], { body: nested(3000) }) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.body).toBe(BODY_TOO_DEEP_MESSAGE);
    expect(checkArticleDoc(nested(3000))).toEqual({ ok: false, error: BODY_TOO_DEEP_MESSAGE });
    // Far deeper still: no RangeError either.
    expect(checkArticleDoc(nested(200_000))).toEqual({ ok: false, error: BODY_TOO_DEEP_MESSAGE });
  });

  it('accepts ordinary nesting (quotes in quotes a few levels down)', () => {
    expect(checkArticleDoc(nested(10)).ok).toBe(true);
  });
});

describe('the text rule on every other staff field', () => {
  it('tag name and description', async () => {
    const name = await createTag(author, { name: BAD.nul });
    expect(name).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { name: TEXT_RULE_MESSAGE } });
    const description = await createTag(author, { name: 'Harbour', description: BAD.surrogate });
    expect(description).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { description: TEXT_RULE_MESSAGE } });
  });

  it('profile name and bio', async () => {
    for (const field of ['name', 'bio'] as const) {
      const input = { name: 'Pat Doe', slug: 'pat-doe', bio: '', [field]: BAD.nul };
      expect(await updateOwnProfile(author, input)).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { [field]: TEXT_RULE_MESSAGE } });
    }
  });

  it('media alt, caption and credit', async () => {
    const row = await makeMedia();
    for (const field of ['alt', 'caption', 'credit'] as const) {
      const input = { alt: '', caption: '', credit: '', [field]: BAD.lowSurrogate };
      expect(await updateMediaText(author, row.id, input)).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { [field]: TEXT_RULE_MESSAGE } });
    }
  });

  it('site settings', async () => {
    for (const field of ['siteName', 'description', 'copyright'] as const) {
      const input = { siteName: 'Byline', description: '', copyright: '', logoId: '', defaultSocialImageId: '', [field]: BAD.nul };
      expect(await updateSiteSettings(admin, input)).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { [field]: TEXT_RULE_MESSAGE } });
    }
  });

  it('creating staff', async () => {
    expect(await createStaff(admin, { name: BAD.nul, email: 'new@example.com', role: 'author' })).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { name: TEXT_RULE_MESSAGE },
    });
  });
});
