// /tag/<slug>: the first page of a tag.
import type { Metadata } from 'next';
import { TagPage, tagPageMetadata } from './tag-page';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return tagPageMetadata((await params).slug, 1);
}

export default async function TagFirstPage({ params }: Props) {
  return <TagPage slug={(await params).slug} page={1} />;
}
