// /tag/<slug>/page/<n>: later pages of a tag (page 1 lives at /tag/<slug>).
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { tagPagePath } from '@/lib/seo/urls';
import { parsePageParam } from '../../../../page-param';
import { TagPage, tagPageMetadata } from '../../tag-page';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const n = parsePageParam(page);
  return n ? tagPageMetadata(slug, n) : {};
}

export default async function TagLaterPage({ params }: Props) {
  const { slug, page } = await params;
  const n = parsePageParam(page);
  if (n === null) notFound();
  if (n === 1) permanentRedirect(tagPagePath(slug, 1));
  return <TagPage slug={slug} page={n} />;
}
