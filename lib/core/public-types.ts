// The plain shapes public pages render (DTOs): only what a reader may see, dates as ISO strings so they
// survive the JSON data cache. Components import these types; only lib/ builds them.
import type { SiteLocale } from '@/lib/config/site-locale';
import type { DocJSON } from '@/db/schema';

export type PublicImage = {
  id: string;
  /** Full-size, metadata-stripped file: /media/<key>. */
  src: string;
  /** Responsive variants for <img srcset>, smallest first ("/media/… 320w, …"); '' when none. */
  srcset: string;
  width: number;
  height: number;
  alt: string;
  mimeType: string;
  /** Library caption and credit: fallbacks when a placement sets none. */
  caption: string;
  credit: string;
};

/** A byline: enough to link to the author page. */
export type AuthorRef = { id: string; name: string; slug: string };

/** An author page's header: never email, role or anything about the account. */
export type AuthorProfile = AuthorRef & { bio: string; avatar: PublicImage | null };

export type TagRef = { id: string; name: string; slug: string };
export type TagProfile = TagRef & { description: string };

/** An article in a list (home, archive, tag, author, related, search). */
export type ArticleCard = {
  id: string;
  slug: string;
  headline: string;
  dek: string;
  excerpt: string;
  /** ISO 8601. */
  publishedAt: string;
  modifiedAt: string;
  readingMinutes: number;
  image: PublicImage | null;
  authors: AuthorRef[];
  tags: TagRef[];
  /** Live coverage: 'live' while it goes on, 'ended' after; absent for ordinary articles. */
  live?: 'live' | 'ended';
};

/** Everything the article page (and the staff preview) renders. */
export type ArticlePageData = ArticleCard & {
  body: DocJSON;
  wordCount: number;
  featuredImageCaption: string;
  featuredImageCredit: string;
  seoTitle: string;
  seoDescription: string;
  correctionNote: string;
  /** Images placed in the body, by media id: srcset and current alt for figures. */
  bodyMedia: Record<string, PublicImage>;
  related: ArticleCard[];
};

/** A standalone page as readers get it (/<slug>): no byline, tags or date line; dates for metadata. */
export type PageData = {
  id: string;
  slug: string;
  headline: string;
  body: DocJSON;
  excerpt: string;
  seoTitle: string;
  seoDescription: string;
  publishedAt: string;
  modifiedAt: string;
  image: PublicImage | null;
  bodyMedia: Record<string, PublicImage>;
};

/** A published page in menus and the sitemap. */
export type PageLink = { id: string; slug: string; title: string; modifiedAt: string };

/** `total` stops at what pagination can reach; `totalCapped` says there are more than that. */
export type Paged<T> = { items: T[]; page: number; pageCount: number; total: number; totalCapped: boolean };

export type SiteSettingsView = {
  siteName: string;
  description: string;
  copyright: string;
  logo: PublicImage | null;
  defaultSocialImage: PublicImage | null;
  /** The newsroom's language and IANA zone: every date, word and feed stamp of the public site uses them. */
  locale: SiteLocale;
  timeZone: string;
};

/** A search hit: the card plus a highlighted snippet as text segments (rendered with <mark>, no HTML). */
export type SearchHit = ArticleCard & { snippet: { text: string; hit: boolean }[]; rank: number };
