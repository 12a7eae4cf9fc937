// Structured data (schema.org JSON-LD): NewsArticle (LiveBlogPosting for live coverage) and BreadcrumbList for articles, WebPage for standalone pages.
import type { ArticlePageData, PageData, SiteSettingsView } from '@/lib/core/public-types';
import { metaDescription } from './metadata';
import { absoluteUrl } from '@/lib/config/site-url';
import { articlePath, authorPath, pagePath, publisherLogoPath, tagPath } from '@/lib/core/routes';
import { keyEventTitle, liveEntryAnchor, type LiveEntryView, type LiveState } from '@/lib/live/types';
import { PUBLISHER_LOGO_SIZE, articleOgImageUrl } from './urls';

type JsonLd = Record<string, unknown>;

export function publisherJsonLd(settings: SiteSettingsView): JsonLd {
  const logo = settings.logo
    ? { '@type': 'ImageObject', url: absoluteUrl(settings.logo.src), width: settings.logo.width, height: settings.logo.height }
    : { '@type': 'ImageObject', url: absoluteUrl(publisherLogoPath), ...PUBLISHER_LOGO_SIZE };
  return { '@type': 'Organization', name: settings.siteName, url: absoluteUrl('/'), logo };
}

export function newsArticleJsonLd(settings: SiteSettingsView, article: ArticlePageData): JsonLd {
  const url = absoluteUrl(articlePath(article.slug));
  const images = [articleOgImageUrl(article.slug)];
  if (article.image) images.push(absoluteUrl(article.image.src));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: article.headline.length > 110 ? `${article.headline.slice(0, 109)}…` : article.headline,
    description: metaDescription(article.seoDescription, article.dek, article.excerpt),
    image: images,
    thumbnailUrl: images[0],
    datePublished: article.publishedAt,
    dateModified: article.modifiedAt,
    author: article.authors.map((a) => ({ '@type': 'Person', name: a.name, url: absoluteUrl(authorPath(a.slug)) })),
    publisher: publisherJsonLd(settings),
    keywords: article.tags.map((t) => t.name),
    ...(article.tags[0] ? { articleSection: article.tags[0].name } : {}),
    wordCount: article.wordCount,
    isAccessibleForFree: true,
    inLanguage: 'en',
  };
}

/** A standalone page (About us, Ethics policy): a WebPage of the site, with when it last changed. */
export function webPageJsonLd(settings: SiteSettingsView, page: PageData): JsonLd {
  const url = absoluteUrl(pagePath(page.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': url,
    url,
    name: page.headline,
    description: metaDescription(page.seoDescription, page.excerpt),
    datePublished: page.publishedAt,
    dateModified: page.modifiedAt,
    isPartOf: { '@type': 'WebSite', name: settings.siteName, url: absoluteUrl('/') },
    publisher: publisherJsonLd(settings),
    inLanguage: 'en',
  };
}

export type Crumb = { name: string; path: string };

export function breadcrumbJsonLd(crumbs: readonly Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: absoluteUrl(c.path) })),
  };
}

/** Home › first tag › article: the trail shown to search engines for an article. */
export function articleCrumbs(settings: SiteSettingsView, article: Pick<ArticlePageData, 'headline' | 'slug' | 'tags'>): Crumb[] {
  const crumbs: Crumb[] = [{ name: settings.siteName, path: '/' }];
  const section = article.tags[0];
  if (section) crumbs.push({ name: section.name, path: tagPath(section.slug) });
  crumbs.push({ name: article.headline, path: articlePath(article.slug) });
  return crumbs;
}

/**
 * Text for a <script type="application/ld+json">: JSON with "<" escaped, so a headline containing
 * "</script>" cannot end the script element (the content is data, never markup).
 */
export function jsonLdScriptText(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}


/** What a live article's structured data adds: the coverage times and its latest entries. */
export type LiveJsonLdInput = { state: LiveState; entries: readonly LiveEntryView[] };

/**
 * A live article as schema.org LiveBlogPosting: the NewsArticle fields, coverage start (and end once
 * ended), and its entries as liveBlogUpdate, each with its own anchor URL. dateModified is the later of
 * the article's own and its newest entry's.
 */
export function liveBlogPostingJsonLd(settings: SiteSettingsView, article: ArticlePageData, live: LiveJsonLdInput): JsonLd {
  const url = absoluteUrl(articlePath(article.slug));
  const newest = live.entries.reduce((max, e) => {
    const at = e.editedAt && e.editedAt > e.postedAt ? e.editedAt : e.postedAt;
    return at > max ? at : max;
  }, article.modifiedAt);
  return {
    ...newsArticleJsonLd(settings, { ...article, modifiedAt: newest }),
    '@type': 'LiveBlogPosting',
    coverageStartTime: live.state.startedAt,
    ...(live.state.endedAt ? { coverageEndTime: live.state.endedAt } : {}),
    liveBlogUpdate: live.entries.map((e) => ({
      '@type': 'BlogPosting',
      '@id': `${url}#${liveEntryAnchor(e.id)}`,
      url: `${url}#${liveEntryAnchor(e.id)}`,
      headline: keyEventTitle(e.headline, e.text),
      articleBody: e.text,
      datePublished: e.postedAt,
      dateModified: e.editedAt ?? e.postedAt,
      ...(e.author ? { author: { '@type': 'Person', name: e.author.name, url: absoluteUrl(authorPath(e.author.slug)) } } : {}),
    })),
  };
}
