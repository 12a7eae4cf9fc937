// Assembles the RSS feeds (site-wide and per tag) from cached published reads: full article HTML in
// content:encoded, rendered by the same body renderer as the article page, with absolute URLs.
import 'server-only';
import type { DocJSON } from '@/db/schema';
import { getFeedData, type FeedItem } from '@/lib/articles/public-feed';
import type { ArticlePageData, PublicImage, SiteSettingsView, TagProfile } from '@/lib/core/public-types';
import { keyEventTitle, type LiveEntryView } from '@/lib/live/types';
import { renderArticleBodyToHtml } from '@/lib/content/render-html';
import { getSiteSettings } from '@/lib/settings/public';
import { absoluteUrl } from '@/lib/config/site-url';
import { articlePath, feedPath, liveEntryPath, liveFeedPath, tagFeedPath, tagPath } from '@/lib/core/routes';
import { metaDescription } from './metadata';
import { buildRssFeed, type RssItem } from './rss';

/** The featured image goes first in the feed's HTML, as a figure like any other. */
function withFeaturedFigure(item: FeedItem): DocJSON {
  if (!item.image) return item.body;
  const figure = {
    type: 'figure',
    attrs: {
      mediaId: item.image.id,
      src: item.image.src,
      alt: item.image.alt,
      caption: item.featuredImageCaption || item.image.caption,
      credit: item.featuredImageCredit || item.image.credit,
      width: item.image.width,
      height: item.image.height,
    },
  };
  return { type: 'doc', content: [figure, ...(item.body.content ?? [])] };
}

function toRssItem(item: FeedItem, bodyMedia: Record<string, PublicImage>): RssItem {
  const media = item.image ? { ...bodyMedia, [item.image.id]: item.image } : bodyMedia;
  return {
    title: item.headline,
    link: absoluteUrl(articlePath(item.slug)),
    guid: `urn:uuid:${item.id}`,
    description: metaDescription(item.dek, item.excerpt),
    contentHtml: renderArticleBodyToHtml(withFeaturedFigure(item), { media, resolveUrl: absoluteUrl }),
    publishedAt: item.publishedAt,
    authors: item.authors.map((a) => a.name),
    categories: item.tags.map((t) => t.name),
  };
}

function channelImage(settings: SiteSettingsView) {
  return settings.logo ? absoluteUrl(settings.logo.src) : null;
}

export async function buildSiteFeedXml(): Promise<string> {
  const [settings, data] = await Promise.all([getSiteSettings(), getFeedData()]);
  return buildRssFeed({
    title: settings.siteName,
    link: absoluteUrl('/'),
    description: settings.description || `The latest news from ${settings.siteName}.`,
    feedUrl: absoluteUrl(feedPath),
    copyright: settings.copyright,
    imageUrl: channelImage(settings),
    items: data.items.map((item) => toRssItem(item, data.bodyMedia)),
  });
}

export async function buildTagFeedXml(tag: TagProfile): Promise<string> {
  const [settings, data] = await Promise.all([getSiteSettings(), getFeedData({ tagId: tag.id })]);
  return buildRssFeed({
    title: `${settings.siteName}: ${tag.name}`,
    link: absoluteUrl(tagPath(tag.slug)),
    description: tag.description || `The latest ${tag.name} stories from ${settings.siteName}.`,
    feedUrl: absoluteUrl(tagFeedPath(tag.slug)),
    copyright: settings.copyright,
    imageUrl: channelImage(settings),
    items: data.items.map((item) => toRssItem(item, data.bodyMedia)),
  });
}

/** A live article's own feed: its entries, newest first, each linking to its share page. */
export async function buildLiveFeedXml(article: ArticlePageData, entries: readonly LiveEntryView[]): Promise<string> {
  const settings = await getSiteSettings();
  return buildRssFeed({
    title: `${article.headline}: live updates`,
    link: absoluteUrl(articlePath(article.slug)),
    description: metaDescription(article.dek, article.excerpt) || `Live updates from ${settings.siteName}.`,
    feedUrl: absoluteUrl(liveFeedPath(article.slug)),
    copyright: settings.copyright,
    imageUrl: channelImage(settings),
    items: entries.map((entry) => ({
      title: keyEventTitle(entry.headline, entry.text),
      link: absoluteUrl(liveEntryPath(article.slug, entry.id)),
      guid: `urn:uuid:${entry.id}`,
      description: metaDescription(entry.text),
      contentHtml: entry.html,
      publishedAt: entry.postedAt,
      authors: entry.author ? [entry.author.name] : [],
      categories: [...(entry.keyEvent ? ['Key event'] : []), ...article.tags.map((t) => t.name)],
    })),
  });
}
