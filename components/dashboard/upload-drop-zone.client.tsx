// Upload images by file picker, drag-and-drop or paste; reports each upload's result to the parent.
'use client';
import { useEffect, useId, useRef, useState } from 'react';
import type { MediaSummary } from '@/lib/articles/editorial-types';
import { imageFiles, uploadImage } from './upload-image';

type Props = {
  onUploaded: (media: MediaSummary) => void;
  /** Listen for pasted images anywhere on the page (the media library) rather than only in the zone. */
  pasteAnywhere?: boolean;
  multiple?: boolean;
};

export function UploadDropZone({ onUploaded, pasteAnywhere = false, multiple = true }: Props) {
  const [busy, setBusy] = useState(0);
  const [errors, setErrors] = useState<string[]>([]);
  const [over, setOver] = useState(false);
  const zone = useRef<HTMLDivElement>(null);
  const inputId = useId();
  const latest = useRef(onUploaded);
  useEffect(() => {
    latest.current = onUploaded;
  });

  const upload = async (files: File[]) => {
    if (!files.length) {
      setErrors(['Only image files can be uploaded (JPEG, PNG, WebP, GIF or AVIF).']);
      return;
    }
    setErrors([]);
    for (const file of multiple ? files : files.slice(0, 1)) {
      setBusy((n) => n + 1);
      const result = await uploadImage(file);
      setBusy((n) => n - 1);
      if (result.ok) latest.current(result.media);
      else setErrors((list) => [...list, `${file.name}: ${result.error}`]);
    }
  };
  const uploadRef = useRef(upload);
  useEffect(() => {
    uploadRef.current = upload;
  });

  useEffect(() => {
    const target: HTMLElement | Document | null = pasteAnywhere ? document : zone.current?.closest('dialog') ?? zone.current;
    if (!target) return;
    const onPaste = (event: Event) => {
      const files = imageFiles((event as ClipboardEvent).clipboardData?.files);
      if (!files.length) return;
      event.preventDefault();
      void uploadRef.current(files);
    };
    target.addEventListener('paste', onPaste);
    return () => target.removeEventListener('paste', onPaste);
  }, [pasteAnywhere]);

  return (
    <div
      ref={zone}
      className={`drop-zone${over ? ' drop-zone-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void upload(imageFiles(e.dataTransfer.files));
      }}
    >
      <p>
        Drop images here, paste one, or{' '}
        <label htmlFor={inputId} className="drop-zone-label">
          choose a file to upload
        </label>
        .
      </p>
      <input
        id={inputId}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
        multiple={multiple}
        className="visually-hidden"
        onChange={(e) => {
          void upload(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <p className="field-hint">JPEG, PNG, WebP, GIF or AVIF, up to 10 MB. Location and camera data are removed.</p>
      {busy ? <p role="status">Uploading…</p> : null}
      {errors.map((error) => (
        <p key={error} className="field-error" role="alert">
          {error}
        </p>
      ))}
    </div>
  );
}
