// Where you are signed in: every live session of yours, this one marked, with buttons to end the others.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-user';
import { listSessionsOf } from '@/lib/sessions/manage';
import { SessionList } from '@/components/dashboard/session-list.client';
import { toSessionItems } from '@/components/dashboard/session-items';
import { endOwnSessionAction } from './actions';
import { dashboardPath } from '@/lib/core/routes';

export const metadata: Metadata = { title: 'Where you’re signed in' };

export default async function OwnSessionsPage() {
  const user = await requireStaffPage();
  const sessions = await listSessionsOf(user, user.id);
  return (
    <>
      <div className="dash-page-header">
        <div>
          <h1>Where you’re signed in</h1>
          <p className="dash-lede">
            Every browser signed in to your account. End any you do not recognise, then <Link href={dashboardPath('profile')}>change your password</Link>.
          </p>
        </div>
      </div>
      <section className="dash-panel" aria-labelledby="sessions-title">
        <h2 id="sessions-title">Active sessions ({sessions.length})</h2>
        <SessionList sessions={toSessionItems(sessions)} action={endOwnSessionAction} endAll={{ intent: 'others', label: 'Sign out everywhere else' }} label="Your sessions" />
      </section>
    </>
  );
}
