// The …/page/<n> route of a paginated list (the archive, corrections): its metadata and page, built once.
// Segment config (revalidate, dynamicParams, generateStaticParams) must stay literal in each route file,
// as Next reads it statically.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { laterPageOr404, parsePageParam } from './page-param';

type Props = { params: Promise<{ page: string }> };

export function laterPagesRoute(list: { firstPath: string; metadata: (page: number) => Promise<Metadata>; render: (page: number) => Promise<ReactNode> | ReactNode }) {
  return {
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const page = parsePageParam((await params).page);
      return page ? list.metadata(page) : {};
    },
    Page: async ({ params }: Props) => list.render(laterPageOr404((await params).page, list.firstPath)),
  };
}
