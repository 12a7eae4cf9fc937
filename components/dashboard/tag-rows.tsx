// One page of the dashboard's tag list: each tag's address and counts, and (for those who manage tags)
// its rename, merge and delete forms.
import { tagPath } from '@/lib/core/routes';
import type { TagRow } from '@/lib/tags/dashboard-list';
import type { TagFormAction } from './tag-form-state';
import { TagManage } from './tag-manage.client';
import type { MergeSearch } from './tag-merge-picker.client';

type Props = {
  rows: TagRow[];
  manage: boolean;
  actions: { update: TagFormAction; merge: TagFormAction; remove: TagFormAction; search: MergeSearch };
};

export function TagRows({ rows, manage, actions }: Props) {
  return (
    <ul className="tag-rows" aria-label="Tags">
      {rows.map((t) => (
        <li key={t.id} className="tag-row">
          <h3>{t.name}</h3>
          <p className="tag-row-meta">
            <a href={tagPath(t.slug)}>{tagPath(t.slug)}</a> · {t.articleCount} {t.articleCount === 1 ? 'article' : 'articles'}, {t.publishedCount} published
          </p>
          {t.description ? <p>{t.description}</p> : null}
          {manage ? <TagManage tag={t} actions={actions} /> : null}
        </li>
      ))}
    </ul>
  );
}
