// GET /dashboard/export/download: the site archive for administrators, streamed as it is produced.
import { Readable } from 'node:stream';
import { getCurrentUser } from '@/lib/auth/current-user';
import { archiveFileName, exportArchive, mayExport } from '@/lib/backup/export';

export const dynamic = 'force-dynamic';

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return plain(401, 'Sign in first.');
  if (!mayExport(user)) return plain(403, 'Only administrators may export the site.');
  const { stream } = exportArchive(user, { signal: request.signal });
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${archiveFileName()}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
