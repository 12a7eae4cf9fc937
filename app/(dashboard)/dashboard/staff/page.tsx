// Staff accounts (administrators only): who is on the staff, adding people, and per-person actions.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-user';
import { can } from '@/lib/permissions/can';
import { roleLabels } from '@/lib/users/fields';
import { listStaff } from '@/lib/users/staff';
import { NotAllowed } from '@/components/dashboard/not-allowed';
import { listAllLiveSessions } from '@/lib/sessions/manage';
import { SessionList } from '@/components/dashboard/session-list.client';
import { toSessionItems } from '@/components/dashboard/session-items';
import { endStaffSessionAction } from './actions';
import { secondFactorsByUser } from '@/lib/auth/two-factor/manage';
import { CreateStaffForm, type RoleOption } from './create-staff-form.client';
import { StaffRowActions } from './staff-row-actions.client';
import { SecondFactorReset } from './second-factor-reset.client';
import './staff.css';
import { dashboardPath } from '@/lib/core/routes';

export const metadata: Metadata = { title: 'Staff' };

const roles: RoleOption[] = [
  { value: 'contributor', label: roleLabels.contributor, description: 'writes drafts and submits them for review.' },
  { value: 'author', label: roleLabels.author, description: 'also publishes their own articles and uploads images.' },
  { value: 'editor', label: roleLabels.editor, description: 'edits and publishes everything, manages tags.' },
  { value: 'admin', label: roleLabels.admin, description: 'also manages staff and site settings.' },
];

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function StaffPage() {
  const user = await requireStaffPage();
  if (!can(user, { kind: 'staff:manage' })) return <NotAllowed what="Managing staff accounts" />;
  const [staff, sessions, secondFactors] = await Promise.all([listStaff(user), listAllLiveSessions(user), secondFactorsByUser(user)]);
  return (
    <>
      <div className="dash-page-header">
        <div>
          <h1>Staff</h1>
          <p className="dash-lede">Everyone who can sign in to the dashboard. New people get a one-time link to choose their password.</p>
        </div>
      </div>
      <section className="dash-panel" aria-labelledby="add-staff-title">
        <h2 id="add-staff-title">Add a staff member</h2>
        <CreateStaffForm roles={roles} />
      </section>
      <section className="dash-panel" aria-labelledby="staff-list-title">
        <h2 id="staff-list-title">Staff ({staff.length})</h2>
        <ul className="staff-list">
          {staff.map((member) => (
            <li key={member.id} className="staff-item" data-email={member.email}>
              <div className="staff-who">
                <p className="staff-name">
                  {member.name}
                  {member.id === user.id ? <span className="badge">You</span> : null}
                </p>
                <p className="staff-email">{member.email}</p>
                <p className="staff-meta">
                  <span className="badge">{roleLabels[member.role]}</span>{' '}
                  {member.disabled ? (
                    <span className="badge badge-warn">Disabled</span>
                  ) : member.hasPassword ? (
                    <span className="badge badge-ok">Active</span>
                  ) : (
                    <span className="badge">Waiting for password</span>
                  )}{' '}
                  {secondFactors.has(member.id) ? <span className="badge badge-ok">Two-factor</span> : <span className="badge">No second factor</span>}{' '}
                  <span className="staff-last-login">
                    {member.lastLoginAt ? `Last sign-in ${dateFormat.format(member.lastLoginAt)} UTC` : 'Never signed in'}
                  </span>
                </p>
                <StaffSessions name={member.name} userId={member.id} sessions={sessions.get(member.id) ?? []} />
                <p className="staff-meta">
                  <Link href={dashboardPath('audit', { person: member.id })}>
                    Audit log<span className="visually-hidden"> for {member.name}</span>
                  </Link>
                </p>
              </div>
              <StaffRowActions userId={member.id} name={member.name} role={member.role} disabled={member.disabled} roles={roles} />
              {secondFactors.has(member.id) ? <SecondFactorReset userId={member.id} name={member.name} /> : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function StaffSessions({ name, userId, sessions }: { name: string; userId: string; sessions: Parameters<typeof toSessionItems>[0] }) {
  return (
    <details className="staff-sessions">
      <summary>
        Active sessions ({sessions.length})<span className="visually-hidden"> of {name}</span>
      </summary>
      <SessionList
        sessions={toSessionItems(sessions)}
        action={endStaffSessionAction}
        fields={{ userId }}
        endAll={{ intent: 'all', label: `End all sessions of ${name}` }}
        label={`Sessions of ${name}`}
      />
    </details>
  );
}
