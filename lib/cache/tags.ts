// Cache tag names for public reads, defined once. Writes invalidate exactly the tags they touch.
export const cacheTags = {
  /** Every list of published articles: home, archive, feeds, sitemaps, search, related lists. */
  articleLists: 'articles',
  /**
   * Every article page at the edge, for what each one shows of others: related stories, bylines, tag
   * names, pictures. Purged when a published card or a shared name changes, never by a first publish
   * (article pages pick new related stories up within their shorter edge lifetime: lib/cache/edge-keys).
   */
  articlePages: 'article-pages',
  /** One published article (its page, its Open Graph image), by id. */
  article: (articleId: string) => `article:${articleId}`,
  /** A public slug's lookup (including redirects from old slugs). */
  articleSlug: (slug: string) => `article-slug:${slug}`,
  /** A standalone page's public slug lookup (/<slug>, including its old slugs). */
  pageSlug: (slug: string) => `page-slug:${slug}`,
  /** The list of published pages: the footer menu on every page, the sitemap. */
  pageList: 'pages',
  /** A tag page and its feed. */
  tag: (tagId: string) => `tag:${tagId}`,
  tagSlug: (slug: string) => `tag-slug:${slug}`,
  /** The list of tags (navigation, busy-tag sections). */
  tagList: 'tags',
  /** An author page. */
  author: (userId: string) => `author:${userId}`,
  authorSlug: (slug: string) => `author-slug:${slug}`,
  /** Site name, description, logo, copyright: every page. */
  settings: 'settings',
  /** Old addresses answered with a permanent redirect (imported sites, admins' own). */
  redirects: 'redirects',
  /** Media metadata (alt, caption) shown on public pages. */
  media: (mediaId: string) => `media:${mediaId}`,
  /** A live article's coverage: its entries, key events, and whether it has ended (by article id). */
  live: (articleId: string) => `live:${articleId}`,
} as const;
