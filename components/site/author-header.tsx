// An author page's header: photo, name, bio and a story count.
import type { AuthorProfile } from '@/lib/core/public-types';
import { siteText } from '@/lib/i18n/catalogue';
import { formatSiteNumber, type SiteClock } from '@/lib/i18n/site-time';

export function AuthorHeader({ author, clock, total, capped = false, page }: { author: AuthorProfile; clock: SiteClock; total: number; capped?: boolean; page: number }) {
  const { t, plural } = siteText(clock.locale);
  return (
    <header className="page-header author-header">
      {author.avatar ? (
        // eslint-disable-next-line @next/next/no-img-element -- a small square from the media library's variants.
        <img
          className="author-photo"
          src={author.avatar.src}
          srcSet={author.avatar.srcset || undefined}
          sizes="6rem"
          width={96}
          height={96}
          alt={t('author.photo', { name: author.name })}
        />
      ) : null}
      <div>
        <p className="kicker">{t('author.kicker')}</p>
        <h1>{author.name}</h1>
        {author.bio ? <p className="page-description">{author.bio}</p> : null}
        <p className="page-sub">
          {plural('count.stories', total, capped ? { count: `${formatSiteNumber(clock.locale, total)}+` } : undefined)}
          {page > 1 ? ` · ${t('count.page', { page })}` : null}
        </p>
      </div>
    </header>
  );
}
