// An article that does not exist, or that the viewer may not open.
import Link from 'next/link';
import { dashboardPath } from '@/lib/core/routes';

export default function ArticleNotFound() {
  return (
    <div className="dash-not-allowed">
      <h1>Article not found</h1>
      <p>It may have been deleted, or it belongs to someone else and your role cannot open it.</p>
      <p>
        <Link href={dashboardPath()}>Back to the articles</Link>
      </p>
    </div>
  );
}
