// Export (administrators only): download the whole site as one archive, streamed as it is written.
import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-user';
import { can } from '@/lib/permissions/can';
import { NotAllowed } from '@/components/dashboard/not-allowed';
import { dashboardPath } from '@/lib/core/routes';

export const metadata: Metadata = { title: 'Export' };

export default async function ExportPage() {
  const user = await requireStaffPage();
  if (!can(user, { kind: 'site:export' })) return <NotAllowed what="Exporting the site" />;
  return (
    <>
      <div className="dash-page-header">
        <div>
          <h1>Export</h1>
          <p className="dash-lede">
            One zip file with everything: articles (drafts, published copies and revisions), tags, staff, settings, redirects and every media file.
            It is the site’s backup and its way out.
          </p>
        </div>
      </div>
      <section className="dash-panel" aria-labelledby="export-download">
        <h2 id="export-download">Download the archive</h2>
        <p>
          The download starts at once and is written as it goes, so a large site takes a while. Passwords and second factors are not included:
          after a restore, administrators get set-password links and issue them to the rest of the staff.
        </p>
        <p>
          <a className="button" href={dashboardPath('export/download')} download>
            Download the archive (.zip)
          </a>
        </p>
        <p>
          Restore it into an empty Byline with <code>npm run import:byline -- byline.zip</code>. The format is documented in{' '}
          <code>docs/export-format.md</code>; see “Moving to and from Byline” in the README.
        </p>
      </section>
    </>
  );
}
