// /corrections/page/<n>: older correction notes.
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { parsePageParam } from '../../../page-param';
import { CorrectionsPage, correctionsMetadata } from '../../corrections-page';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page);
  return page ? correctionsMetadata(page) : {};
}

export default async function CorrectionsLaterPage({ params }: Props) {
  const page = parsePageParam((await params).page);
  if (page === null) notFound();
  if (page === 1) permanentRedirect('/corrections');
  return <CorrectionsPage page={page} />;
}
