// An author page's header: photo, name, bio and a story count.
import type { AuthorProfile } from '@/lib/core/public-types';

export function AuthorHeader({ author, total, capped = false, page }: { author: AuthorProfile; total: number; capped?: boolean; page: number }) {
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
          alt={`Photo of ${author.name}`}
        />
      ) : null}
      <div>
        <p className="kicker">Author</p>
        <h1>{author.name}</h1>
        {author.bio ? <p className="page-description">{author.bio}</p> : null}
        <p className="page-sub">
          {total.toLocaleString('en-GB')}
          {capped ? '+' : ''} {total === 1 ? 'story' : 'stories'}
          {page > 1 ? ` · page ${page}` : null}
        </p>
      </div>
    </header>
  );
}
