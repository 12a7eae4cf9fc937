// The two routes of a paginated list under a slug (/tag/<slug> and /tag/<slug>/page/<n>; the same for
// authors): their metadata and pages, built once. Segment config (revalidate, dynamicParams,
// generateStaticParams) must stay literal in each route file, as Next reads it statically.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound, permanentRedirect } from 'next/navigation';
import { parsePageParam } from './page-param';

type FirstProps = { params: Promise<{ slug: string }> };
type LaterProps = { params: Promise<{ slug: string; page: string }> };

export function pagedSlugRoute(list: {
  metadata: (slug: string, page: number) => Promise<Metadata>;
  render: (slug: string, page: number) => Promise<ReactNode>;
  pagePath: (slug: string, page: number) => string;
}) {
  return {
    firstMetadata: async ({ params }: FirstProps): Promise<Metadata> => list.metadata((await params).slug, 1),
    FirstPage: async ({ params }: FirstProps) => list.render((await params).slug, 1),
    laterMetadata: async ({ params }: LaterProps): Promise<Metadata> => {
      const { slug, page } = await params;
      const n = parsePageParam(page);
      return n ? list.metadata(slug, n) : {};
    },
    LaterPage: async ({ params }: LaterProps) => {
      const { slug, page } = await params;
      const n = parsePageParam(page);
      if (n === null) notFound();
      // Page 1 lives at the list's own address.
      if (n === 1) permanentRedirect(list.pagePath(slug, 1));
      return list.render(slug, n);
    },
  };
}
