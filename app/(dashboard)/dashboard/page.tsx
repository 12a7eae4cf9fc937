// The articles list: counts and tabs per status, search, author and tag filters, sort, pages and a
// "New article" button. Contributors and authors see their own articles; editors and admins all.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-user';
import { dashboardQuerySchema, listArticlesForDashboard, listStaffOptions, listTagOptions } from '@/lib/articles/editorial';
import { getLiveStatusForStaff } from '@/lib/live/manage';
import { ArticleFilters } from '@/components/dashboard/article-filters';
import { ArticleList } from '@/components/dashboard/article-list';
import type { ListParams } from '@/components/dashboard/list-href';
import { Pagination } from '@/components/dashboard/pagination';
import { StatusTabs } from '@/components/dashboard/status-tabs';
import { CreateDraftButton } from '@/components/dashboard/create-draft-button.client';
import { createArticleAction } from './articles/new/actions';
import '@/components/dashboard/editorial.css';
import { dashboardPath } from '@/lib/core/routes';

export const metadata: Metadata = { title: 'Articles' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const user = await requireStaffPage();
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const query = dashboardQuerySchema.parse({
    status: first(raw.status),
    author: first(raw.author) || undefined,
    tag: first(raw.tag) || undefined,
    q: first(raw.q) || undefined,
    sort: first(raw.sort),
    page: first(raw.page),
  });
  const [list, staff, tags] = await Promise.all([listArticlesForDashboard(user, query), listStaffOptions(user), listTagOptions(user)]);
  const live = await getLiveStatusForStaff(user, list.items.map((a) => a.id));
  const current: ListParams = { status: query.status, author: query.author, tag: query.tag, q: query.q, sort: query.sort, page: query.page };
  const filtered = Boolean(query.q || query.author || query.tag);

  return (
    <>
      <div className="dash-page-header">
        <div>
          <h1>Articles</h1>
          <p className="dash-lede">
            {user.role === 'contributor' || user.role === 'author' ? 'Your articles and the ones you share a byline on.' : 'Every article in the newsroom.'}
          </p>
        </div>
        <CreateDraftButton create={createArticleAction} label="New article" />
      </div>
      <StatusTabs current={current} counts={list.counts} />
      <ArticleFilters current={current} staff={staff} tags={tags} />
      {list.items.length ? (
        <ArticleList items={list.items} live={live} />
      ) : (
        <p className="empty-state">
          {filtered ? 'No articles match these filters.' : query.status === 'trash' ? 'The trash is empty.' : 'No articles here yet.'}{' '}
          {filtered ? <Link href={dashboardPath()}>Clear the filters</Link> : null}
        </p>
      )}
      <Pagination current={current} page={list.page} pageSize={list.pageSize} total={list.total} />
    </>
  );
}
