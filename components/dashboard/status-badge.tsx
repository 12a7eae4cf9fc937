// An article's workflow status as a small labelled badge (list and editor).
import type { ArticleStatus } from '@/lib/articles/editorial-types';

export const STATUS_LABEL: Record<ArticleStatus, string> = {
  draft: 'Draft',
  review: 'In review',
  scheduled: 'Scheduled',
  published: 'Published',
  trash: 'Trash',
};

export function StatusBadge({ status, changed }: { status: ArticleStatus; changed?: boolean }) {
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      {STATUS_LABEL[status]}
      {changed && status === 'published' ? <span className="status-changed"> · unpublished changes</span> : null}
    </span>
  );
}
