// /author/<slug>: an author's profile and first page of stories.
import type { Metadata } from 'next';
import { AuthorPage, authorPageMetadata } from './author-page';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return authorPageMetadata((await params).slug, 1);
}

export default async function AuthorFirstPage({ params }: Props) {
  return <AuthorPage slug={(await params).slug} page={1} />;
}
