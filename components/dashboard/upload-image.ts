// Uploads one image file to the media library (POST /api/media) from the picker, a drop or a paste.
import type { MediaSummary } from '@/lib/articles/editorial-types';
import { apiPath } from '@/lib/core/routes';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export type UploadResult = { ok: true; media: MediaSummary } | { ok: false; error: string };

export async function uploadImage(file: File): Promise<UploadResult> {
  // Checked here too, so a huge file is refused before it is sent; the server enforces it regardless.
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, error: `${file.name} is larger than 10 MB.` };
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(apiPath('media'), { method: 'POST', body });
  } catch {
    return { ok: false, error: 'The upload did not reach the server: check the connection and try again.' };
  }
  const json = (await response.json().catch(() => null)) as { media?: MediaSummary; error?: string } | null;
  if (response.ok && json?.media) return { ok: true, media: json.media };
  return { ok: false, error: json?.error ?? `The upload failed (HTTP ${response.status}).` };
}

/** Image files among a drop or paste's items. */
export function imageFiles(list: FileList | null | undefined): File[] {
  return Array.from(list ?? []).filter((f) => f.type.startsWith('image/'));
}
