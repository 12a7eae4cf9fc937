// What a signed-in staff member sees on a dashboard page their role does not open (decided on the server).
import Link from 'next/link';
import { dashboardPath } from '@/lib/core/routes';

export function NotAllowed({ what }: { what: string }) {
  return (
    <section className="dash-not-allowed" aria-labelledby="not-allowed-title">
      <h1 id="not-allowed-title">Not allowed</h1>
      <p>{what} is for administrators. Ask an administrator if you need something changed here.</p>
      <p>
        <Link href={dashboardPath()}>Back to articles</Link>
      </p>
    </section>
  );
}
