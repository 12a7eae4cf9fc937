// /author/<slug>/opengraph-image: a generated card with the author's name and the site name (ISR-cached).
// Only people with a public page (published articles) get an image: staff who never wrote stay private.
import { getPublicAuthor } from '@/lib/site/author-page';
import { titleCardRoute } from '../../../title-card-route';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const GET = titleCardRoute(getPublicAuthor, 'Author');
