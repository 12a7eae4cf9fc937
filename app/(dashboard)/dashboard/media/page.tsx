// The media library: upload images (picker, drag-and-drop, paste), browse them, and edit their alt
// text, caption and credit.
import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { requireStaffPage } from '@/lib/auth/current-user';
import { listMedia } from '@/lib/media/library';
import { can } from '@/lib/permissions/can';
import { MediaCard } from '@/components/dashboard/media-card.client';
import { MediaUpload } from '@/components/dashboard/media-upload.client';
import { updateMediaTextAction } from './actions';
import '@/components/dashboard/editorial.css';

export const metadata: Metadata = { title: 'Media' };

type Props = { searchParams: Promise<{ page?: string; q?: string }> };

export default async function MediaPage({ searchParams }: Props) {
  const user = await requireStaffPage();
  const params = await searchParams;
  const page = z.coerce.number().int().min(1).max(10_000).catch(1).parse(params.page);
  const query = z.string().trim().max(200).catch('').parse(params.q ?? '');
  const list = await listMedia(user, { page, query });
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const href = (p: number) => `/dashboard/media?${new URLSearchParams({ ...(query ? { q: query } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;

  return (
    <>
      <div className="dash-page-header">
        <div>
          <h1>Media</h1>
          <p className="dash-lede">Images for articles. Every upload is checked, cleaned of camera and location data, and resized for phones and desktops.</p>
        </div>
      </div>
      {can(user, { kind: 'media:upload' }) ? <MediaUpload /> : <p className="field-hint">Contributors choose from the library; authors and editors upload.</p>}
      <form method="get" action="/dashboard/media" role="search" className="article-filters" aria-label="Search media">
        <div className="field field-search">
          <label htmlFor="media-q">Search file names, alt text and captions</label>
          <input id="media-q" type="search" name="q" defaultValue={query} maxLength={200} />
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {list.items.length ? (
        <ul className="media-library-grid" aria-label="Images">
          {list.items.map((m) => (
            <li key={m.id}>
              <MediaCard media={m} canEdit={can(user, { kind: 'media:edit', media: { uploadedById: m.uploadedById } })} action={updateMediaTextAction} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">{query ? 'No images match that search.' : 'No images yet.'}</p>
      )}
      {pages > 1 ? (
        <nav className="pagination" aria-label="Pages">
          <span>
            Page {page} of {pages}
          </span>
          <span className="pagination-links">
            {page > 1 ? (
              <Link className="button button-small" href={href(page - 1)} rel="prev">
                ← Previous
              </Link>
            ) : null}
            {page < pages ? (
              <Link className="button button-small" href={href(page + 1)} rel="next">
                Next →
              </Link>
            ) : null}
          </span>
        </nav>
      ) : null}
    </>
  );
}
