// The media page's upload area: after each upload the library list is re-read from the server.
'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { UploadDropZone } from './upload-drop-zone.client';

export function MediaUpload() {
  const router = useRouter();
  const [uploaded, setUploaded] = useState<string[]>([]);
  return (
    <section className="dash-panel" aria-labelledby="upload-title">
      <h2 id="upload-title">Upload images</h2>
      <UploadDropZone
        pasteAnywhere
        onUploaded={(media) => {
          setUploaded((list) => [...list, media.originalName || 'image']);
          router.refresh();
        }}
      />
      {uploaded.length ? (
        <p role="status" className="field-hint">
          Uploaded: {uploaded.join(', ')}. Add alt text below.
        </p>
      ) : null}
    </section>
  );
}
