// /news/<slug>/live/stream: Server-Sent Events for one live article. On connect it sends what the reader
// missed since `Last-Event-ID` (a browser reconnecting after sleep) or `?since=` (the page's own
// change number), then every change as it is signalled, from any instance. Never cached: the edge
// pipes it through unbuffered (deploy/varnish/byline.vcl).
import type { NextRequest } from 'next/server';
import { getLiveUpdatesSince } from '@/lib/live/public';
import { joinLiveRoom, sseEvent } from '@/lib/live/hub';
import { liveArticleFor, notFoundResponse, parseSince } from '../live-target';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const article = await liveArticleFor(params);
  if (!article) return notFoundResponse();
  const since = parseSince(request.headers.get('last-event-id') ?? request.nextUrl.searchParams.get('since'));
  const encoder = new TextEncoder();
  let leave: (() => void) | null = null;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (chunk: string) => {
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          leave?.();
        }
      };
      // Join first, then catch up: a change signalled in between arrives twice, and readers ignore repeats.
      leave = joinLiveRoom(article.id, since, send);
      send('retry: 2000\n\n');
      const catchUp = await getLiveUpdatesSince(article.id, since);
      if (!catchUp) {
        leave();
        controller.close();
        return;
      }
      if (catchUp.changes.length || catchUp.state.change !== since) send(sseEvent(catchUp));
    },
    cancel() {
      leave?.();
    },
  });
  request.signal.addEventListener('abort', () => leave?.());
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform keeps compression from buffering the stream; no-store keeps every cache out of it.
      'cache-control': 'no-store, no-transform',
      'x-accel-buffering': 'no',
    },
  });
}
