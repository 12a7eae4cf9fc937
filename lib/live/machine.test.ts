// What machines read of a live article, checked with real parsers: the LiveBlogPosting JSON-LD (parsed
// back out of the script text) and the live RSS feed (fast-xml-parser and rss-parser).
import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { createDraft } from '@/lib/articles/editorial';
import { getArticlePageBySlug } from '@/lib/articles/public';
import { publishNow } from '@/lib/articles/workflow';
import { fieldsFor, makeStaff, paragraphs } from '@/lib/articles/testing';
import type { ArticlePageData } from '@/lib/core/public-types';
import { getSiteSettings } from '@/lib/settings/public';
import { jsonLdScriptText, liveBlogPostingJsonLd } from '@/lib/seo/json-ld';
import { buildLiveFeedXml } from '@/lib/seo/feed';
import { postLiveEntry, editLiveEntry, setLiveCoverage } from './manage';
import { getLiveCoverage, getLiveFeedEntries } from './public';

const site = () => (process.env.SITE_URL ?? `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '');
let article: ArticlePageData;
const entryIds: string[] = [];

beforeAll(async () => {
  const editor = await makeStaff('editor', 'Rhea Marsh');
  const slug = `storm-live-${crypto.randomBytes(3).toString('hex')}`;
  const created = await createDraft(editor, fieldsFor([editor.id], { headline: 'Storm & tide <live>', slug, body: paragraphs('The summary.') }));
  if (!created.ok) throw new Error(created.error);
  await publishNow(editor, { id: created.article.id });
  await setLiveCoverage(editor, { articleId: created.article.id, step: 'start' });
  for (const [i, text] of ['Gates shut at the harbour.', 'Ferry cancelled </script><b>x</b>.', 'Winds easing.'].entries()) {
    const posted = await postLiveEntry(editor, { articleId: created.article.id, headline: i === 1 ? 'Ferry & bus changes' : '', body: paragraphs(text), keyEvent: i === 1, pinned: false });
    if (!posted.ok) throw new Error(posted.error);
    entryIds.push(posted.entryId);
  }
  await new Promise((r) => setTimeout(r, 20));
  await editLiveEntry(editor, { entryId: entryIds[0]!, body: paragraphs('Gates shut at the harbour at noon.'), headline: '', pinned: false, keyEvent: false });
  const found = await getArticlePageBySlug(slug);
  if (found.kind !== 'found') throw new Error('not found');
  article = found.value;
});

describe('LiveBlogPosting JSON-LD', () => {
  it('has the coverage times, every entry as liveBlogUpdate, and the newest entry in dateModified', async () => {
    const coverage = (await getLiveCoverage(article.id))!;
    const text = jsonLdScriptText(liveBlogPostingJsonLd(await getSiteSettings(), article, { state: coverage.state, entries: coverage.entries }));
    expect(text).not.toContain('</script>');
    const data = JSON.parse(text) as Record<string, unknown> & { liveBlogUpdate: Record<string, unknown>[] };
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('LiveBlogPosting');
    expect(data.coverageStartTime).toBe(coverage.state.startedAt);
    expect(data).not.toHaveProperty('coverageEndTime');
    expect(data.liveBlogUpdate).toHaveLength(3);
    const edited = data.liveBlogUpdate.find((u) => String(u.url).endsWith(entryIds[0]!))!;
    expect(edited).toMatchObject({ '@type': 'BlogPosting', articleBody: 'Gates shut at the harbour at noon.', url: `${site()}/news/${article.slug}#entry-${entryIds[0]}` });
    expect(Date.parse(String(data.dateModified))).toBe(Date.parse(String(edited.dateModified)));
    expect(Date.parse(String(data.dateModified))).toBeGreaterThan(Date.parse(article.modifiedAt));
    expect(data.liveBlogUpdate.find((u) => u.headline === 'Ferry & bus changes')).toBeTruthy();
  });

  it('gains coverageEndTime once the coverage has ended', async () => {
    const editor = await makeStaff('editor');
    await setLiveCoverage(editor, { articleId: article.id, step: 'end' });
    const coverage = (await getLiveCoverage(article.id))!;
    const data = JSON.parse(jsonLdScriptText(liveBlogPostingJsonLd(await getSiteSettings(), article, { state: coverage.state, entries: coverage.entries }))) as Record<string, unknown>;
    expect(data.coverageEndTime).toBe(coverage.state.endedAt);
    expect(Date.parse(String(data.coverageEndTime))).toBeGreaterThanOrEqual(Date.parse(String(data.coverageStartTime)));
    await setLiveCoverage(editor, { articleId: article.id, step: 'reopen' });
  });
});

describe('the live RSS feed', () => {
  it('is RSS 2.0 with the entries newest first, each with its own link and guid', async () => {
    const xml = await buildLiveFeedXml(article, (await getLiveFeedEntries(article.id))!);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => name === 'item' || name === 'category' }).parse(xml);
    expect(doc.rss['@_version']).toBe('2.0');
    expect(doc.rss.channel['atom:link']['@_href']).toBe(`${site()}/news/${article.slug}/live/feed.xml`);
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('Storm & tide <live>: live updates');
    expect(feed.items.map((i) => i.guid)).toEqual([...entryIds].reverse().map((id) => `urn:uuid:${id}`));
    expect(feed.items.map((i) => i.link)).toEqual([...entryIds].reverse().map((id) => `${site()}/news/${article.slug}/entry/${id}`));
    expect(feed.items[1]!.title).toBe('Ferry & bus changes');
    expect(feed.items[1]!.categories).toContain('Key event');
    // The hostile-looking text is text: escaped in the HTML, never markup.
    expect(feed.items[1]!['content:encoded']).toContain('Ferry cancelled &lt;/script&gt;&lt;b&gt;x&lt;/b&gt;.');
    expect(feed.items[2]!['content:encoded']).toContain('Gates shut at the harbour at noon.');
  });
});
