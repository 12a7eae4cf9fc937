// The pages list (About us, Contact, Ethics policy, …): the articles list narrowed to standalone pages,
// with its status tabs, search and pages, and "New page". Editors and admins manage pages.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-user';
import { dashboardQuerySchema, listArticlesForDashboard } from '@/lib/articles/editorial';
import { can } from '@/lib/permissions/can';
import { ArticleList } from '@/components/dashboard/article-list';
import { ListSearchForm } from '@/components/dashboard/list-search';
import type { ListParams } from '@/components/dashboard/list-href';
import { NotAllowed } from '@/components/dashboard/not-allowed';
import { Pagination } from '@/components/dashboard/pagination';
import { StatusTabs } from '@/components/dashboard/status-tabs';
import { CreateDraftButton } from '@/components/dashboard/create-draft-button.client';
import { createPageAction } from './actions';
import '@/components/dashboard/editorial.css';
import { dashboardPath } from '@/lib/core/routes';

export const metadata: Metadata = { title: 'Pages' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PagesPage({ searchParams }: Props) {
  const user = await requireStaffPage();
  if (!can(user, { kind: 'page:create' })) return <NotAllowed what="pages" />;
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const query = dashboardQuerySchema.parse({ kind: 'page', status: first(raw.status), q: first(raw.q) || undefined, sort: first(raw.sort), page: first(raw.page) });
  const list = await listArticlesForDashboard(user, query);
  const current: ListParams = { kind: 'page', status: query.status, q: query.q, sort: query.sort, page: query.page };

  return (
    <>
      <div className="dash-page-header">
        <div>
          <h1>Pages</h1>
          <p className="dash-lede">
            Standalone pages such as About us or the ethics policy, published at their own address. Choose which appear in the site footer in{' '}
            <Link href={`${dashboardPath('settings')}#footer-menu`}>Settings</Link>.
          </p>
        </div>
        <CreateDraftButton create={createPageAction} label="New page" />
      </div>
      <StatusTabs current={current} counts={list.counts} />
      <ListSearchForm action={dashboardPath('pages')} id="pages-q" label="Search titles" ariaLabel="Search pages" query={query.q ?? ''} />
      {list.items.length ? (
        <ArticleList items={list.items} />
      ) : (
        <p className="empty-state">{query.q ? 'No pages match this search.' : 'No pages here yet.'}</p>
      )}
      <Pagination current={current} page={list.page} pageSize={list.pageSize} total={list.total} />
    </>
  );
}
