// The staff dashboard's frame: who is signed in, the section links their role opens, sign-out.
// Layouts are not re-run on every client navigation, so each page also calls requireStaffPage().
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffPage } from '@/lib/auth/current-user';
import { can } from '@/lib/permissions/can';
import { roleLabels } from '@/lib/users/fields';
import { DashboardNav, type DashboardNavItem } from '@/components/dashboard/dashboard-nav.client';
import { signOutAction } from '@/app/login/actions';
import './dashboard.css';
import { dashboardPath } from '@/lib/core/routes';

export const metadata: Metadata = {
  title: { template: '%s · Byline dashboard', default: 'Byline dashboard' },
  robots: { index: false, follow: false },
};

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireStaffPage();
  const items: DashboardNavItem[] = [
    { href: dashboardPath(), label: 'Articles' },
    ...(can(user, { kind: 'page:create' }) ? [{ href: dashboardPath('pages'), label: 'Pages' }] : []),
    { href: dashboardPath('tags'), label: 'Tags' },
    { href: dashboardPath('media'), label: 'Media' },
  ];
  if (can(user, { kind: 'staff:manage' })) items.push({ href: dashboardPath('staff'), label: 'Staff' });
  if (can(user, { kind: 'settings:manage' })) items.push({ href: dashboardPath('settings'), label: 'Settings' });
  if (can(user, { kind: 'audit:view' })) items.push({ href: dashboardPath('audit'), label: 'Audit log' });
  if (can(user, { kind: 'redirect:manage' })) items.push({ href: dashboardPath('redirects'), label: 'Redirects' });
  if (can(user, { kind: 'import:run' })) items.push({ href: dashboardPath('imports'), label: 'Imports' });
  if (can(user, { kind: 'site:export' })) items.push({ href: dashboardPath('export'), label: 'Export' });
  items.push({ href: dashboardPath('profile'), label: 'Your profile' });

  return (
    <div className="dash">
      <a className="skip-link" href="#dash-main">
        Skip to content
      </a>
      <header className="dash-header">
        <div className="dash-header-row">
          <Link href={dashboardPath()} className="dash-brand">
            Byline <span>dashboard</span>
          </Link>
          <div className="dash-user">
            <span className="dash-user-name">
              {user.name} <span className="dash-role">{roleLabels[user.role]}</span>
            </span>
            <Link href="/" className="dash-view-site">
              View site
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="button button-quiet">
                Sign out
              </button>
            </form>
          </div>
        </div>
        <DashboardNav items={items} />
      </header>
      <main id="dash-main" className="dash-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
