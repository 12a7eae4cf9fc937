// Imports (administrators only): each run of `npm run import:wordpress` with its counts and the
// constructs it could not carry over exactly, item by item.
import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-user';
import { listImports } from '@/lib/import/report';
import { can } from '@/lib/permissions/can';
import { NotAllowed } from '@/components/dashboard/not-allowed';
import '@/components/dashboard/editorial.css';

export const metadata: Metadata = { title: 'Imports' };

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const statusLabel = { running: 'Running (or interrupted)', done: 'Finished', failed: 'Stopped with errors' } as const;

export default async function ImportsPage() {
  const user = await requireStaffPage();
  if (!can(user, { kind: 'import:run' })) return <NotAllowed what="Importing another site" />;
  const runs = await listImports(user);
  return (
    <>
      <div className="dash-page-header">
        <div>
          <h1>Imports</h1>
          <p className="dash-lede">
            Runs of <code>npm run import:wordpress -- export.xml --uploads wp-content/uploads</code>. Running an export again updates what it imported
            before.
          </p>
        </div>
      </div>
      {runs.length ? (
        <ul className="import-runs" aria-label="Import runs">
          {runs.map((run) => (
            <li key={run.id} className="dash-panel">
              <h2>
                {run.site || run.fileName} <span className="status-note">· {statusLabel[run.status]}</span>
              </h2>
              <p>
                {run.fileName} · started {dateFormat.format(new Date(run.startedAt))} UTC
                {run.finishedAt ? `, finished ${dateFormat.format(new Date(run.finishedAt))} UTC` : ''}
              </p>
              <p>
                {run.counts.imported} imported, {run.counts.updated} updated, {run.counts.skipped} skipped, {run.counts.failed} failed;{' '}
                {run.counts.comments} comments counted (not imported).
              </p>
              {run.problems.length ? (
                <details>
                  <summary>
                    {run.problems.length} {run.problems.length === 1 ? 'item' : 'items'} to check
                  </summary>
                  <ul className="import-problems">
                    {run.problems.map((p, i) => (
                      <li key={i}>
                        <strong>{p.item}</strong>: {p.message}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : (
                <p>Everything came across exactly.</p>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">No imports yet. See “Moving to and from Byline” in the README.</p>
      )}
    </>
  );
}
