// Builds Next.js Metadata for public pages: title, description, canonical, feeds, Open Graph and Twitter.
// Pure functions of DTOs, so they are unit-tested without rendering a page.
import type { Metadata } from 'next';
import type { ArticlePageData, AuthorProfile, PageData, SiteSettingsView, TagProfile } from '@/lib/core/public-types';
import { excerptFrom } from '@/lib/content/text';
import { absoluteUrl } from '@/lib/config/site-url';
import { archivePath, articlePath, authorPagePath, authorPath, feedPath, liveEntryPath, liveFeedPath, pagePath, searchPath, tagFeedPath, tagPagePath } from '@/lib/core/routes';
import { keyEventTitle, type LiveEntryView } from '@/lib/live/types';
import { OG_IMAGE_SIZE, articleOgImageUrl, authorOgImageUrl, siteOgImageUrl, tagOgImageUrl } from './urls';

/** Description text for meta tags: one line, at most ~160 characters. */
export function metaDescription(...candidates: (string | null | undefined)[]): string {
  const text = candidates.map((c) => c?.trim()).find((c) => c) ?? '';
  return excerptFrom(text, 160);
}

function siteFeed(settings: SiteSettingsView) {
  return [{ url: absoluteUrl(feedPath), title: `${settings.siteName} — latest` }];
}

/** The site-wide defaults the public layout sets (pages override title, description and canonical). */
export function siteMetadata(settings: SiteSettingsView): Metadata {
  const description = metaDescription(settings.description, `The latest news from ${settings.siteName}.`);
  return {
    metadataBase: new URL(absoluteUrl('/')),
    title: { default: settings.siteName, template: `%s | ${settings.siteName}` },
    description,
    applicationName: settings.siteName,
    alternates: { types: { 'application/rss+xml': siteFeed(settings) } },
    openGraph: { type: 'website', siteName: settings.siteName, locale: 'en', title: settings.siteName, description },
    twitter: { card: 'summary_large_image' },
    ...(settings.logo ? { icons: { icon: settings.logo.src } } : {}),
  };
}

type ListPage = {
  settings: SiteSettingsView;
  /** The page's own title (the template adds the site name). */
  title: string | null;
  description: string;
  path: string;
  imageUrl: string;
  imageAlt: string;
  imageType?: 'image/png' | 'image/jpeg';
  feed?: { url: string; title: string };
  ogType?: 'website' | 'profile';
};

function listMetadata({ settings, title, description, path, imageUrl, imageAlt, imageType = 'image/png', feed, ogType = 'website' }: ListPage): Metadata {
  const url = absoluteUrl(path);
  const images = [{ url: imageUrl, ...OG_IMAGE_SIZE, alt: imageAlt, type: imageType }];
  return {
    title: title ?? { absolute: settings.siteName },
    description,
    alternates: {
      canonical: url,
      types: { 'application/rss+xml': feed ? [feed, ...siteFeed(settings)] : siteFeed(settings) },
    },
    openGraph: { type: ogType, url, siteName: settings.siteName, title: title ?? settings.siteName, description, images },
    twitter: { card: 'summary_large_image', title: title ?? settings.siteName, description, images },
  };
}

export function homeMetadata(settings: SiteSettingsView, page = 1): Metadata {
  return listMetadata({
    settings,
    title: page > 1 ? `Latest news, page ${page}` : null,
    description: metaDescription(settings.description, `The latest news from ${settings.siteName}.`),
    path: archivePath(page),
    imageUrl: siteOgImageUrl(),
    // /opengraph-image crops the default social image when the settings have one, else draws a card.
    imageAlt: settings.defaultSocialImage?.alt || settings.siteName,
    imageType: settings.defaultSocialImage ? 'image/jpeg' : 'image/png',
  });
}

export function tagMetadata(settings: SiteSettingsView, tag: TagProfile, page = 1): Metadata {
  return listMetadata({
    settings,
    title: page > 1 ? `${tag.name}, page ${page}` : tag.name,
    description: metaDescription(tag.description, `The latest ${tag.name} stories from ${settings.siteName}.`),
    path: tagPagePath(tag.slug, page),
    imageUrl: tagOgImageUrl(tag.slug),
    imageAlt: `${tag.name} — ${settings.siteName}`,
    feed: { url: absoluteUrl(tagFeedPath(tag.slug)), title: `${settings.siteName} — ${tag.name}` },
  });
}

export function authorMetadata(settings: SiteSettingsView, author: AuthorProfile, page = 1): Metadata {
  return listMetadata({
    settings,
    title: page > 1 ? `${author.name}, page ${page}` : author.name,
    description: metaDescription(author.bio, `Articles by ${author.name} for ${settings.siteName}.`),
    path: authorPagePath(author.slug, page),
    imageUrl: authorOgImageUrl(author.slug),
    imageAlt: `${author.name} — ${settings.siteName}`,
    ogType: 'profile',
  });
}

/** Everything issue 3 asks of an article: canonical, OG article tags, image with size and alt, Twitter card. */
export function articleMetadata(settings: SiteSettingsView, article: ArticlePageData): Metadata {
  const url = absoluteUrl(articlePath(article.slug));
  const title = article.seoTitle.trim() || article.headline;
  const description = metaDescription(article.seoDescription, article.dek, article.excerpt);
  const hasPhoto = Boolean(article.image);
  const images = [
    {
      url: articleOgImageUrl(article.slug, String(Date.parse(article.modifiedAt))),
      ...OG_IMAGE_SIZE,
      alt: (hasPhoto ? article.image!.alt : '') || article.headline,
      type: hasPhoto ? 'image/jpeg' : 'image/png',
    },
  ];
  return {
    title,
    description,
    authors: article.authors.map((a) => ({ name: a.name, url: absoluteUrl(authorPath(a.slug)) })),
    keywords: article.tags.map((t) => t.name),
    alternates: { canonical: url, types: { 'application/rss+xml': siteFeed(settings) } },
    openGraph: {
      type: 'article',
      url,
      siteName: settings.siteName,
      title,
      description,
      publishedTime: article.publishedAt,
      modifiedTime: article.modifiedAt,
      authors: article.authors.map((a) => absoluteUrl(authorPath(a.slug))),
      tags: article.tags.map((t) => t.name),
      section: article.tags[0]?.name,
      images,
    },
    twitter: { card: 'summary_large_image', title, description, images },
  };
}

/** A standalone page: canonical /<slug>, the site's card (or the page's own picture), its last change. */
export function pageMetadata(settings: SiteSettingsView, page: PageData): Metadata {
  const url = absoluteUrl(pagePath(page.slug));
  const title = page.seoTitle.trim() || page.headline;
  const description = metaDescription(page.seoDescription, page.excerpt);
  const images = page.image
    ? [{ url: absoluteUrl(page.image.src), width: page.image.width, height: page.image.height, alt: page.image.alt || page.headline }]
    : [{ url: siteOgImageUrl(), ...OG_IMAGE_SIZE, alt: settings.defaultSocialImage?.alt || settings.siteName }];
  return {
    title,
    description,
    alternates: { canonical: url, types: { 'application/rss+xml': siteFeed(settings) } },
    openGraph: { type: 'website', url, siteName: settings.siteName, title, description, images },
    twitter: { card: 'summary_large_image', title, description, images },
    // Read by crawlers that look for it in meta tags; JSON-LD (webPageJsonLd) carries it too.
    other: { 'article:modified_time': page.modifiedAt },
  };
}

export function searchMetadata(settings: SiteSettingsView, query: string): Metadata {
  return {
    title: query ? `Search: ${query}` : 'Search',
    description: `Search ${settings.siteName}.`,
    alternates: { canonical: absoluteUrl(searchPath()) },
    // Result pages are endless and thin: keep them out of indexes but let crawlers follow the links.
    robots: { index: false, follow: true },
  };
}

/**
 * A live entry's own share page: the article's metadata with the entry's headline and text, its own
 * URL (so a shared link previews this update, not the whole coverage), and the live feed as alternate.
 */
export function liveEntryMetadata(settings: SiteSettingsView, article: ArticlePageData, entry: LiveEntryView): Metadata {
  const base = articleMetadata(settings, article);
  const url = absoluteUrl(liveEntryPath(article.slug, entry.id));
  const title = `${keyEventTitle(entry.headline, entry.text)} | ${article.headline}`;
  const description = metaDescription(entry.text) || metaDescription(article.dek, article.excerpt);
  return {
    ...base,
    title,
    description,
    alternates: { canonical: url, types: { 'application/rss+xml': absoluteUrl(liveFeedPath(article.slug)) } },
    openGraph: {
      type: 'article',
      url,
      siteName: settings.siteName,
      title,
      description,
      publishedTime: entry.postedAt,
      modifiedTime: entry.editedAt ?? entry.postedAt,
      images: base.openGraph?.images,
    },
    twitter: { ...base.twitter, title, description },
  };
}
