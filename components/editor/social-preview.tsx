// How the link will look when shared: image, title, description and domain, from the same fallbacks
// the public page's Open Graph tags use (SEO fields, else headline and excerpt, dek or the body's first lines).
import type { MediaSummary } from '@/lib/articles/editorial-types';

type Props = { image: MediaSummary | null; title: string; description: string; siteHost: string };

export function SocialPreview({ image, title, description, siteHost }: Props) {
  return (
    <figure className="social-preview" aria-label="Social preview">
      <div className="social-preview-image">
        {image ? (
          // eslint-disable-next-line @next/next/no-img-element -- a library thumbnail
          <img src={image.thumbSrc} alt="" />
        ) : (
          <span>No image: the site’s default social image is used</span>
        )}
      </div>
      <figcaption>
        <span className="social-preview-domain">{siteHost.toUpperCase()}</span>
        <strong className="social-preview-title">{title || 'Headline'}</strong>
        <span className="social-preview-description">{description || 'The excerpt or dek appears here.'}</span>
      </figcaption>
    </figure>
  );
}
