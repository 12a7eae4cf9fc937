// Home: the lead story, the latest articles, and a section for each of the busiest tags.
/* eslint-disable @next/next/no-html-link-for-pages -- plain links on purpose: next/link is a client component, and public pages ship no JavaScript beyond the framework's own. */
import type { Metadata } from 'next';
import { getArticlesByTag, getLatestArticles } from '@/lib/articles/public';
import { getSiteSettings } from '@/lib/settings/public';
import { getBusyTags } from '@/lib/tags/public';
import { homeMetadata } from '@/lib/seo/metadata';
import { tagPath } from '@/lib/routes';
import { ArticleCard } from '@/components/site/article-card';
import { ArticleList } from '@/components/site/article-list';

export const revalidate = 3600;

const SECTIONS = 3;
const PER_SECTION = 3;

export async function generateMetadata(): Promise<Metadata> {
  return homeMetadata(await getSiteSettings());
}

export default async function HomePage() {
  const [settings, latest, busy] = await Promise.all([getSiteSettings(), getLatestArticles({ page: 1 }), getBusyTags(SECTIONS)]);
  const [lead, ...rest] = latest.items;
  const candidates = await Promise.all(
    busy.map(async (tag) => ({ tag, articles: (await getArticlesByTag({ tagId: tag.id, pageSize: PER_SECTION + latest.items.length + SECTIONS * PER_SECTION })).items })),
  );
  // Each story appears once on the page: sections skip what the latest list or an earlier section shows.
  const shown = new Set(latest.items.map((a) => a.id));
  const sections = candidates
    .map(({ tag, articles }) => {
      const picked = articles.filter((a) => !shown.has(a.id)).slice(0, PER_SECTION);
      for (const a of picked) shown.add(a.id);
      return { tag, articles: picked };
    })
    .filter((s) => s.articles.length > 0);

  return (
    <div className="home">
      <h1 className="visually-hidden">{settings.siteName}: latest news</h1>
      {lead ? (
        <section className="lead" aria-label="Top story">
          <ArticleCard article={lead} variant="lead" eagerImage />
        </section>
      ) : (
        <p className="empty">No stories have been published yet.</p>
      )}
      {rest.length > 0 ? (
        <section className="latest" aria-labelledby="latest-title">
          <h2 id="latest-title" className="section-title">
            Latest
          </h2>
          <ArticleList articles={rest} level={3} />
          {latest.pageCount > 1 ? (
            <p className="more">
              <a href="/page/2">
                More stories →
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
      {sections.length > 0 ? (
        <div className="home-sections">
          {sections.map(({ tag, articles }) => (
            <section key={tag.id} className="tag-section" aria-labelledby={`section-${tag.slug}`}>
              <h2 id={`section-${tag.slug}`} className="section-title">
                <a href={tagPath(tag.slug)}>
                  {tag.name}
                </a>
              </h2>
              <ArticleList articles={articles} level={3} variant="standard" />
            </section>
          ))}
        </div>
      ) : null}
    </div>
  );
}
