// Tags: everyone sees them and may create one; editors and admins rename, describe, merge and delete.
// Paged and searchable by name: a newsroom may hold thousands.
import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-user';
import { can } from '@/lib/permissions/can';
import { listTagsPage } from '@/lib/tags/dashboard-list';
import { ListPager, ListSearchForm, listPageHref, parseListParams } from '@/components/dashboard/list-search';
import { TagCreateForm } from '@/components/dashboard/tag-create-form.client';
import { TagRows } from '@/components/dashboard/tag-rows';
import { createTagAction, deleteTagAction, mergeTagsAction, searchMergeTargetsAction, updateTagAction } from './actions';
import '@/components/dashboard/editorial.css';
import { dashboardPath } from '@/lib/core/routes';

export const metadata: Metadata = { title: 'Tags' };

type Props = { searchParams: Promise<{ page?: string; q?: string }> };

export default async function TagsPage({ searchParams }: Props) {
  const user = await requireStaffPage();
  const { page, query } = parseListParams(await searchParams, 100_000);
  const list = await listTagsPage(user, { page, query });
  const manage = can(user, { kind: 'tag:manage' });
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const href = (p: number) => listPageHref(dashboardPath('tags'), query, p);
  const first = (list.page - 1) * list.pageSize + 1;
  const shown = list.items.length ? `${first}–${first + list.items.length - 1} of ${list.total}` : `0 of ${list.total}`;
  return (
    <>
      <div className="dash-page-header">
        <div>
          <h1>Tags</h1>
          <p className="dash-lede">{manage ? 'Create, rename, describe, merge and delete tags.' : 'Editors look after tags; you can add new ones.'}</p>
        </div>
      </div>
      <section className="dash-panel" aria-labelledby="new-tag-title">
        <h2 id="new-tag-title">New tag</h2>
        <TagCreateForm action={createTagAction} />
      </section>
      <ListSearchForm action={dashboardPath('tags')} id="tag-search" label="Find tags by name" ariaLabel="Find tags" query={query} />
      <p role="status" className="dash-lede">
        {query ? `Tags matching “${query}”: ${shown}` : `Tags: ${shown}`}
      </p>
      {list.items.length ? (
        <TagRows rows={list.items} manage={manage} actions={{ update: updateTagAction, merge: mergeTagsAction, remove: deleteTagAction, search: searchMergeTargetsAction }} />
      ) : (
        <p className="empty-state">{query ? `No tag matches “${query}”.` : list.total ? 'No tags on this page.' : 'No tags yet.'}</p>
      )}
      <ListPager page={list.page} pages={pages} hrefFor={href} summary={`(${list.total} ${list.total === 1 ? 'tag' : 'tags'})`} />
    </>
  );
}
