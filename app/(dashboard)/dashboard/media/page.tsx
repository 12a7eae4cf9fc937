// The media library: upload images (picker, drag-and-drop, paste), browse them, and edit their alt
// text, caption and credit.
import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/auth/current-user';
import { listMedia } from '@/lib/media/library';
import { can } from '@/lib/permissions/can';
import { MediaCard } from '@/components/dashboard/media-card.client';
import { MediaUpload } from '@/components/dashboard/media-upload.client';
import { updateMediaTextAction } from './actions';
import { ListPager, ListSearchForm, listPageHref, parseListParams } from '@/components/dashboard/list-search';
import '@/components/dashboard/editorial.css';
import { dashboardPath } from '@/lib/core/routes';

export const metadata: Metadata = { title: 'Media' };

type Props = { searchParams: Promise<{ page?: string; q?: string }> };

export default async function MediaPage({ searchParams }: Props) {
  const user = await requireStaffPage();
  const params = await searchParams;
  const { page, query } = parseListParams(params, 10_000);
  const list = await listMedia(user, { page, query });
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const href = (p: number) => listPageHref(dashboardPath('media'), query, p);

  return (
    <>
      <div className="dash-page-header">
        <div>
          <h1>Media</h1>
          <p className="dash-lede">Images for articles. Every upload is checked, cleaned of camera and location data, and resized for phones and desktops.</p>
        </div>
      </div>
      {can(user, { kind: 'media:upload' }) ? <MediaUpload /> : <p className="field-hint">Contributors choose from the library; authors and editors upload.</p>}
      <ListSearchForm action={dashboardPath('media')} id="media-q" label="Search file names, alt text and captions" ariaLabel="Search media" query={query} />
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
      <ListPager page={page} pages={pages} hrefFor={href} />
    </>
  );
}
