// Image uploads for the media library and the editor (picker, drag-and-drop, paste): multipart POST
// with one "file". The session is checked here and the lib write checks can(media:upload) again; the
// 10 MB limit is enforced while reading, before the whole body is in memory. JSON answers with real
// HTTP status codes.
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { MAX_UPLOAD_BYTES, uploadMedia } from '@/lib/media/library';

// Room for the multipart envelope around a file of the maximum size.
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

const fieldsSchema = z.object({
  alt: z.string().max(300).optional(),
  caption: z.string().max(500).optional(),
  credit: z.string().max(200).optional(),
});

const fail = (status: number, error: string) => Response.json({ ok: false, error }, { status });

/** Reads the body up to `limit` bytes; null as soon as it goes over (the rest is never read). */
async function readCapped(request: Request, limit: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return fail(401, 'Sign in to upload images.');
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) return fail(415, 'Send the image as multipart/form-data with a "file" field.');
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return fail(413, 'The file is larger than 10 MB.');

  const body = await readCapped(request, MAX_BODY_BYTES);
  if (!body) return fail(413, 'The file is larger than 10 MB.');
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  } catch {
    return fail(400, 'The upload could not be read; try again.');
  }
  const file = form.get('file');
  if (!(file instanceof File)) return fail(400, 'Choose an image file to upload.');
  if (file.size > MAX_UPLOAD_BYTES) return fail(413, 'The file is larger than 10 MB.');
  const fields = fieldsSchema.safeParse({
    alt: form.get('alt') ?? undefined,
    caption: form.get('caption') ?? undefined,
    credit: form.get('credit') ?? undefined,
  });
  if (!fields.success) return fail(400, fields.error.issues[0]?.message ?? 'Alt text, caption or credit is too long.');

  const result = await uploadMedia(user, { bytes: Buffer.from(await file.arrayBuffer()), originalName: file.name, ...fields.data });
  if (result.ok) return Response.json({ ok: true, media: result.media }, { status: 201 });
  const status = result.code === 'forbidden' ? 403 : 422;
  return fail(status, result.error);
}
