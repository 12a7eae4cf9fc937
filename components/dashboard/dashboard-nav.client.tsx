'use client';
// The dashboard's section links; a client leaf only to mark the current section (aria-current).
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { dashboardPath } from '@/lib/core/routes';

export type DashboardNavItem = { href: string; label: string };

function isCurrent(pathname: string, href: string): boolean {
  // "Articles" lives at /dashboard and owns /dashboard/articles/*.
  if (href === dashboardPath()) return pathname === dashboardPath() || pathname.startsWith(dashboardPath('articles'));
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function DashboardNav({ items }: { items: DashboardNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav className="dash-nav" aria-label="Dashboard">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={isCurrent(pathname, item.href) ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
