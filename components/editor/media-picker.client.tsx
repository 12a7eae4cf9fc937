// Choose an image from the media library (search, pages of thumbnails) or upload a new one.
'use client';
import { useCallback, useEffect, useId, useState } from 'react';
import type { MediaSummary } from '@/lib/articles/editorial-types';
import { UploadDropZone } from '@/components/dashboard/upload-drop-zone.client';
import type { EditorActions } from './editor-actions';

type Props = {
  listMedia: EditorActions['listMedia'];
  canUpload: boolean;
  onChoose: (media: MediaSummary) => void;
};

export function MediaPicker({ listMedia, canUpload, onChoose }: Props) {
  const [items, setItems] = useState<MediaSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [query, setQuery] = useState('');
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');
  const searchId = useId();

  const load = useCallback(
    async (nextPage: number, q: string) => {
      setLoading(true);
      setError('');
      try {
        const result = await listMedia({ page: nextPage, query: q });
        setItems((list) => (nextPage === 1 ? result.items : [...list, ...result.items]));
        setTotal(result.total);
        setPage(nextPage);
      } catch {
        setError('The library could not be loaded: check the connection.');
      } finally {
        setLoading(false);
      }
    },
    [listMedia],
  );

  useEffect(() => {
    const timer = setTimeout(() => void load(1, query), query ? 300 : 0);
    return () => clearTimeout(timer);
  }, [load, query]);

  return (
    <div className="media-picker">
      {canUpload ? <UploadDropZone multiple={false} onUploaded={onChoose} /> : <p className="field-hint">Your role cannot upload; choose from the library.</p>}
      <div className="field">
        <label htmlFor={searchId}>Search the library</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="File name, alt text or caption" />
      </div>
      {error ? <p className="field-error">{error}</p> : null}
      <ul className="media-grid" aria-busy={loading}>
        {items.map((m) => (
          <li key={m.id}>
            <button type="button" className="media-choice" onClick={() => onChoose(m)} aria-label={`Choose ${m.alt || m.originalName || 'image'}`}>
              {/* eslint-disable-next-line @next/next/no-img-element -- library thumbnails */}
              <img src={m.thumbSrc} alt="" width={160} height={Math.round((160 * m.height) / m.width)} loading="lazy" />
              <span className="media-choice-name">{m.alt || m.originalName || 'Untitled image'}</span>
            </button>
          </li>
        ))}
      </ul>
      {!loading && !items.length ? <p className="field-hint">No images yet{query ? ' match that search' : ''}.</p> : null}
      {items.length < total ? (
        <button type="button" className="button" disabled={loading} onClick={() => void load(page + 1, query)}>
          Load more
        </button>
      ) : null}
    </div>
  );
}
