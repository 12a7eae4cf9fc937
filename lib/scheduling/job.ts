// The scheduler as a background job: publish what is due, then expire its cache tags on the one write
// path (lib/cache/invalidate.ts), as a write outside any request whose edge purge is already queued.
import 'server-only';
import { getConfig } from '@/lib/config/env';
import { errorFields, logger, type Logger } from '@/lib/core/log';
import { expireTags } from '@/lib/cache/invalidate';
import type { Job } from '@/lib/core/job';
import { publishDue } from '@/lib/articles/publish-due';

export async function runScheduledPublishing(log: Logger = logger({ job: 'publish-due' })): Promise<void> {
  const { published, failed, tags } = await publishDue();
  for (const f of failed) log.error({ articleId: f.id, reason: f.reason }, 'article was due but cannot be published; moved back to draft');
  if (published.length) log.info({ published: published.length }, 'published scheduled articles');
  // publishDue queued the edge purge in its own transaction.
  await expireTags(tags, { edgeQueued: true, outsideRequest: true }).catch((error) => log.error(errorFields(error), 'expiring cache tags failed'));
}

export function publishDueJob(): Job {
  return { name: 'publish-due', everyMs: getConfig().schedulerIntervalMs, run: runScheduledPublishing };
}
