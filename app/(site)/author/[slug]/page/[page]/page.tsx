// /author/<slug>/page/<n>: later pages of an author's stories.
import { authorRoute } from '../../author-page';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = authorRoute.laterMetadata;
export default authorRoute.LaterPage;
