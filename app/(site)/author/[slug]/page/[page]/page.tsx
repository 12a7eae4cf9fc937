// /author/<slug>/page/<n>: later pages of an author's stories.
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { authorPagePath } from '@/lib/seo/urls';
import { parsePageParam } from '../../../../page-param';
import { AuthorPage, authorPageMetadata } from '../../author-page';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const n = parsePageParam(page);
  return n ? authorPageMetadata(slug, n) : {};
}

export default async function AuthorLaterPage({ params }: Props) {
  const { slug, page } = await params;
  const n = parsePageParam(page);
  if (n === null) notFound();
  if (n === 1) permanentRedirect(authorPagePath(slug, 1));
  return <AuthorPage slug={slug} page={n} />;
}
