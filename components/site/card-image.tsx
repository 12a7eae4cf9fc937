// A list image from the media library's ready-made responsive variants (no optimizer work per request).
import type { PublicImage } from '@/lib/core/public-types';

export function CardImage({ image, sizes, eager = false }: { image: PublicImage; sizes: string; eager?: boolean }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are pre-made at upload; next/image would re-encode them.
    <img
      className="card-image"
      src={image.src}
      srcSet={image.srcset || undefined}
      sizes={image.srcset ? sizes : undefined}
      width={image.width}
      height={image.height}
      // Cards link with the headline; the picture adds nothing a screen reader needs twice.
      alt=""
      loading={eager ? 'eager' : 'lazy'}
      fetchPriority={eager ? 'high' : undefined}
      decoding="async"
    />
  );
}
