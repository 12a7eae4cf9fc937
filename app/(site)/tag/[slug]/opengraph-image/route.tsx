// /tag/<slug>/opengraph-image: a generated card with the tag's name and the site name (ISR-cached). A tag
// only used by unpublished work has no public page, and so no image.
import { getPublicTag } from '@/lib/site/tag-page';
import { titleCardRoute } from '../../../title-card-route';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const GET = titleCardRoute(getPublicTag, 'Topic');
