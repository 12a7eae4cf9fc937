// An article's lead picture through next/image's pipeline (getImageProps: the optimizer's responsive
// srcset, no client component), marked as the page's LCP image, with its caption and credit.
import { getImageProps } from 'next/image';
import type { PublicImage } from '@/lib/core/public-types';

type Props = { image: PublicImage; caption: string; credit: string };

export function FeaturedImage({ image, caption, credit }: Props) {
  const { props } = getImageProps({
    src: image.src,
    alt: image.alt,
    width: image.width,
    height: image.height,
    // The article column: full width on phones, at most ~48rem on wide screens.
    sizes: '(min-width: 52rem) 48rem, 100vw',
    // The LCP element: fetched first and not lazily (React also emits a preload link for it).
    loading: 'eager',
    fetchPriority: 'high',
  });
  const text = caption.trim() || image.caption.trim();
  const by = credit.trim() || image.credit.trim();
  return (
    <figure className="featured-figure">
      {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- props come from next/image's getImageProps (alt included). */}
      <img {...props} />
      {text || by ? (
        <figcaption>
          {text}
          {text && by ? ' ' : null}
          {by ? <span className="credit">{by}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
