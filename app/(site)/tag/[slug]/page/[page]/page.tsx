// /tag/<slug>/page/<n>: later pages of a tag (page 1 lives at /tag/<slug>).
import { tagRoute } from '../../tag-page';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = tagRoute.laterMetadata;
export default tagRoute.LaterPage;
