// The audit log (administrators only): who did what, to what, when and from where; filtered by person,
// action and dates, newest first, 50 to a page. The filters are a plain GET form, so every view has a URL.
import type { Metadata } from 'next';
import Link from 'next/link';
import { auditActionLabels, auditActions } from '@/lib/audit/actions';
import { listAuditEntries, parseAuditFilters, type AuditFilters } from '@/lib/audit/query';
import { requireStaffPage } from '@/lib/auth/current-user';
import { can } from '@/lib/permissions/can';
import { describeDevice } from '@/lib/sessions/device';
import { listStaff } from '@/lib/users/staff';
import { FormField } from '@/components/ui/form-field';
import { LocalTime } from '@/components/dashboard/local-time.client';
import { ListPager } from '@/components/dashboard/list-search';
import { NotAllowed } from '@/components/dashboard/not-allowed';
import { dashboardPath } from '@/lib/core/routes';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageHref(filters: AuditFilters, page: number): string {
  const params = new URLSearchParams();
  for (const key of ['person', 'action', 'from', 'to'] as const) if (filters[key]) params.set(key, filters[key]);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return dashboardPath('audit') + (query ? `?${query}` : '');
}

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireStaffPage();
  if (!can(user, { kind: 'audit:view' })) return <NotAllowed what="The audit log" />;
  const raw = await searchParams;
  const { filters, errors } = parseAuditFilters(raw);
  const [result, staff] = await Promise.all([listAuditEntries(user, filters), listStaff(user)]);
  if (!result) return <NotAllowed what="The audit log" />;
  const typed = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : '');
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <>
      <div className="dash-page-header">
        <div>
          <h1>Audit log</h1>
          <p className="dash-lede">Sign-ins, publishing, staff, settings and tag changes: who, when, what and from where. Entries cannot be edited.</p>
        </div>
      </div>
      <section className="dash-panel" aria-labelledby="audit-filter-title">
        <h2 id="audit-filter-title" className="visually-hidden">
          Filters
        </h2>
        <form method="get" action={dashboardPath('audit')} className="dash-form audit-filters">
          <div className="field">
            <label htmlFor="audit-person">Person</label>
            <select id="audit-person" name="person" defaultValue={typed('person')} aria-invalid={errors.person ? true : undefined} aria-describedby={errors.person ? 'audit-person-error' : undefined}>
              <option value="">Everyone</option>
              {staff.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name} ({member.email})
                </option>
              ))}
            </select>
            {errors.person ? (
              <p className="field-error" id="audit-person-error">
                {errors.person}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="audit-action">Action</label>
            <select id="audit-action" name="action" defaultValue={typed('action')} aria-invalid={errors.action ? true : undefined} aria-describedby={errors.action ? 'audit-action-error' : undefined}>
              <option value="">Any action</option>
              {auditActions.map((action) => (
                <option key={action} value={action}>
                  {auditActionLabels[action]}
                </option>
              ))}
            </select>
            {errors.action ? (
              <p className="field-error" id="audit-action-error">
                {errors.action}
              </p>
            ) : null}
          </div>
          <FormField id="audit-from" name="from" label="From" type="date" defaultValue={typed('from')} error={errors.from} />
          <FormField id="audit-to" name="to" label="To (inclusive)" type="date" defaultValue={typed('to')} error={errors.to} />
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              Filter
            </button>
            <Link href={dashboardPath('audit')} className="button button-quiet">
              Clear
            </Link>
          </div>
        </form>
      </section>
      <section className="dash-panel audit-results" aria-labelledby="audit-results-title">
        <h2 id="audit-results-title">
          {result.total} entr{result.total === 1 ? 'y' : 'ies'}
        </h2>
        {result.entries.length === 0 ? (
          <p>Nothing matches these filters.</p>
        ) : (
          <div className="table-scroll" role="region" aria-label="Audit entries, scrolls sideways" tabIndex={0}>
            <table className="dash-table" aria-label="Audit entries">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">What</th>
                  <th scope="col">From</th>
                </tr>
              </thead>
              <tbody>
                {result.entries.map((entry) => (
                  <tr key={entry.id} className="audit-entry" data-action={entry.action}>
                    <td>
                      <LocalTime iso={entry.createdAt.toISOString()} />
                    </td>
                    <td>
                      {entry.actorKind === 'system' ? (
                        'System (scheduler)'
                      ) : entry.actorId && entry.actorName ? (
                        <Link href={pageHref({ ...filters, person: entry.actorId }, 1)} title={`Only entries about ${entry.actorName}`}>
                          {entry.actorName}
                        </Link>
                      ) : (
                        'Not signed in'
                      )}
                    </td>
                    <td>{entry.actionLabel}</td>
                    <td>{entry.summary}</td>
                    <td className="audit-where">
                      {entry.ip ?? '—'}
                      {entry.userAgent ? <br /> : null}
                      {entry.userAgent ? describeDevice(entry.userAgent) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <ListPager page={result.page} pages={pages} hrefFor={(p) => pageHref(filters, p)} prevLabel="← Newer" nextLabel="Older →" />
      </section>
    </>
  );
}
