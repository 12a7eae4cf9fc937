// /tag/<slug>: the first page of a tag.
import { tagRoute } from './tag-page';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = tagRoute.firstMetadata;
export default tagRoute.FirstPage;
