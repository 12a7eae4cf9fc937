// Tags: everyone sees them and may create one; editors and admins rename, describe, merge and delete.
import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-user';
import { can } from '@/lib/permissions/can';
import { tagPath } from '@/lib/routes';
import { listTagsForDashboard } from '@/lib/tags/manage';
import { TagCreateForm } from '@/components/dashboard/tag-create-form.client';
import { TagManage } from '@/components/dashboard/tag-manage.client';
import { createTagAction, deleteTagAction, mergeTagsAction, updateTagAction } from './actions';
import '@/components/dashboard/editorial.css';

export const metadata: Metadata = { title: 'Tags' };

export default async function TagsPage() {
  const user = await requireStaffPage();
  const rows = await listTagsForDashboard(user);
  const manage = can(user, { kind: 'tag:manage' });
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
      {rows.length ? (
        <ul className="tag-rows" aria-label="Tags">
          {rows.map((t) => (
            <li key={t.id} className="tag-row">
              <h3>{t.name}</h3>
              <p className="tag-row-meta">
                <a href={tagPath(t.slug)}>{tagPath(t.slug)}</a> · {t.articleCount} {t.articleCount === 1 ? 'article' : 'articles'}, {t.publishedCount} published
              </p>
              {t.description ? <p>{t.description}</p> : null}
              {manage ? (
                <TagManage
                  tag={t}
                  others={rows.filter((o) => o.id !== t.id)}
                  actions={{ update: updateTagAction, merge: mergeTagsAction, remove: deleteTagAction }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">No tags yet.</p>
      )}
    </>
  );
}
