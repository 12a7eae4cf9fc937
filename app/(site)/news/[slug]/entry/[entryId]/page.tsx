// /news/<slug>/entry/<id>: one live entry's own address, for sharing: its own title, description and
// Open Graph preview, the entry itself, and a link into the live coverage at its anchor. Cached and
// expired with the coverage.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArticlePageBySlug } from '@/lib/articles/public';
import { getLiveEntry } from '@/lib/live/public';
import { liveEntryAnchor } from '@/lib/live/types';
import { getSiteSettings } from '@/lib/settings/public';
import { liveEntryMetadata } from '@/lib/seo/metadata';
import { articlePath } from '@/lib/core/routes';
import { LiveEntry } from '@/components/site/live-entry';
import { parseSlugParam } from '../../../../slug-param';
import { notFoundMetadata } from '../../../../not-found-metadata';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; entryId: string }> };

async function load(params: Props['params']) {
  const { slug: raw, entryId } = await params;
  const slug = parseSlugParam(raw);
  const found = slug ? await getArticlePageBySlug(slug) : null;
  if (found?.kind !== 'found') return null;
  const entry = await getLiveEntry(found.value.id, entryId);
  return entry ? { article: found.value, entry } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return notFoundMetadata;
  return liveEntryMetadata(await getSiteSettings(), found.article, found.entry);
}

export default async function LiveEntryPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { article, entry } = found;
  return (
    <article className="article live-entry-page" aria-labelledby="article-title">
      <header className="article-header">
        <p className="live-badge">Live coverage</p>
        <h1 id="article-title">
          <a href={articlePath(article.slug)}>{article.headline}</a>
        </h1>
      </header>
      <LiveEntry entry={entry} slug={article.slug} />
      <p>
        <a href={`${articlePath(article.slug)}#${liveEntryAnchor(entry.id)}`}>See this update in the live coverage</a>
      </p>
    </article>
  );
}
