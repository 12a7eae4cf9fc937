// The scheduler as a background job: publish what is due, then expire its cache tags through the
// internal revalidate route (the job runs outside any request, where revalidateTag cannot).
import 'server-only';
import { getConfig } from '@/lib/config/env';
import { logger, type Logger } from '@/lib/core/log';
import { callSelf } from '@/lib/security/internal-token';
import type { Job } from '@/lib/core/job';
import { publishDue } from '@/lib/articles/publish-due';

export async function runScheduledPublishing(log: Logger = logger({ job: 'publish-due' })): Promise<void> {
  const { published, failed, tags } = await publishDue();
  for (const f of failed) log.error({ articleId: f.id, reason: f.reason }, 'article was due but cannot be published; moved back to draft');
  if (published.length) log.info({ published: published.length }, 'published scheduled articles');
  for (let i = 0; i < tags.length; i += 400) {
    const response = await callSelf('/api/internal/revalidate', { tags: tags.slice(i, i + 400), edgeQueued: true });
    if (!response.ok) log.error({ status: response.status }, 'expiring cache tags failed');
  }
}

export function publishDueJob(): Job {
  return { name: 'publish-due', everyMs: getConfig().schedulerIntervalMs, run: runScheduledPublishing };
}
