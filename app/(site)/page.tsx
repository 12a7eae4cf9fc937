// Home: the lead story, the latest articles, and a section for each of the busiest tags.
// Plain links on purpose: next/link is a client component, and public pages ship no JavaScript beyond the framework's own.
import type { Metadata } from 'next';
import { getHomeStories } from '@/lib/site/home';
import { getSiteSettings } from '@/lib/settings/public';
import { homeMetadata } from '@/lib/seo/metadata';
import { archivePath, tagPath } from '@/lib/core/routes';
import { ArticleCard } from '@/components/site/article-card';
import { ArticleList } from '@/components/site/article-list';

export const revalidate = 3600;

export async function generateMetadata(): Promise<Metadata> {
  return homeMetadata(await getSiteSettings());
}

export default async function HomePage() {
  const [settings, { latest, sections }] = await Promise.all([getSiteSettings(), getHomeStories()]);
  const [lead, ...rest] = latest.items;

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
              <a href={archivePath(2)}>
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
