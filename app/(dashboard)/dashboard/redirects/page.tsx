// Redirects (administrators only): old addresses (an imported site's, or added here) that answer with a
// permanent redirect to a Byline page. List, search, add, change and delete.
import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-user';
import { can } from '@/lib/permissions/can';
import { listRedirects, REDIRECTS_PAGE_SIZE } from '@/lib/redirects/manage';
import { NotAllowed } from '@/components/dashboard/not-allowed';
import { DeleteRedirectForm, RedirectForm } from '@/components/dashboard/redirect-form.client';
import { deleteRedirectAction, saveRedirectAction } from './actions';
import { ListPager, ListSearchForm, listPageHref, parseListParams } from '@/components/dashboard/list-search';
import '@/components/dashboard/editorial.css';
import { dashboardPath } from '@/lib/core/routes';

export const metadata: Metadata = { title: 'Redirects' };

type Props = { searchParams: Promise<{ page?: string; q?: string }> };

export default async function RedirectsPage({ searchParams }: Props) {
  const user = await requireStaffPage();
  if (!can(user, { kind: 'redirect:manage' })) return <NotAllowed what="Managing redirects" />;
  const params = await searchParams;
  const { page, query } = parseListParams(params, 100_000);
  const list = await listRedirects(user, { page, query });
  const pages = Math.max(1, Math.ceil(list.total / REDIRECTS_PAGE_SIZE));
  const href = (p: number) => listPageHref(dashboardPath('redirects'), query, p);
  return (
    <>
      <div className="dash-page-header">
        <div>
          <h1>Redirects</h1>
          <p className="dash-lede">Old addresses that send readers and search engines on to a page of this site. Imports add the old site’s addresses here.</p>
        </div>
      </div>
      <section className="dash-panel" aria-labelledby="new-redirect-title">
        <h2 id="new-redirect-title">New redirect</h2>
        <RedirectForm action={saveRedirectAction} idPrefix="new-redirect" submitLabel="Add redirect" />
      </section>
      <ListSearchForm action={dashboardPath('redirects')} id="redirects-q" label="Search old and new addresses" ariaLabel="Search redirects" query={query} />
      {list.items.length ? (
        <ul className="redirect-rows" aria-label="Redirects">
          {list.items.map((r, i) => (
            <li key={r.fromPath} className="dash-panel">
              <h3>
                <code>{r.fromPath}</code> → <a href={r.toPath}>{r.toPath}</a>
              </h3>
              <p className="field-hint">
                {r.status} · {r.source === 'wordpress' ? 'imported from WordPress' : 'added by hand'}
              </p>
              <details>
                <summary>Change</summary>
                <RedirectForm action={saveRedirectAction} idPrefix={`redirect-${(page - 1) * REDIRECTS_PAGE_SIZE + i}`} initial={r} submitLabel="Save" />
              </details>
              <DeleteRedirectForm action={deleteRedirectAction} fromPath={r.fromPath} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">{query ? 'No redirects match that search.' : 'No redirects yet.'}</p>
      )}
      <ListPager page={page} pages={pages} hrefFor={href} summary={`(${list.total} redirects)`} />
    </>
  );
}
