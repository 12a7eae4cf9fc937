// /media/<key>: serves uploaded files from the storage backend. Keys are unique per upload (a new upload
// gets a new key), so responses are immutable and cached for a year. Unknown or unsafe keys are a 404.
import { getStorage, isSafeKey } from '@/lib/media/storage';

const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

function notFound() {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join('/');
  const extension = /\.([a-z0-9]+)$/i.exec(key)?.[1]?.toLowerCase();
  const type = extension ? TYPES[extension] : undefined;
  if (!type || !isSafeKey(key)) return notFound();
  const bytes = await getStorage().get(key);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': type,
      'content-length': String(bytes.byteLength),
      'cache-control': 'public, max-age=31536000, immutable',
      // Uploads are images only; never let a browser guess otherwise.
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
    },
  });
}
