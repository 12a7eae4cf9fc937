// /author/<slug>: an author's profile and first page of stories.
import { authorRoute } from './author-page';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = authorRoute.firstMetadata;
export default authorRoute.FirstPage;
