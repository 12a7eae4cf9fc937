// Filter the articles list by workflow status, with how many articles each holds.
import Link from 'next/link';
import type { StatusCounts } from '@/lib/articles/editorial-types';
import { listHref, type ListParams } from './list-href';
import { STATUS_LABEL } from './status-badge';

const TABS = ['all', 'draft', 'review', 'scheduled', 'published', 'trash'] as const;

export function StatusTabs({ current, counts }: { current: ListParams; counts: StatusCounts }) {
  const active = current.status ?? 'all';
  return (
    <nav aria-label="Articles by status">
      <ul className="status-tabs">
        {TABS.map((status) => (
          <li key={status}>
            <Link href={listHref(current, { status })} aria-current={active === status ? 'page' : undefined}>
              {status === 'all' ? 'All' : STATUS_LABEL[status]}
              <span className="count">{counts[status]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
