// The scheduler as a background job: publish what is due, then expire its cache tags through the
// internal revalidate route (the job runs outside any request, where revalidateTag cannot).
import 'server-only';
import { getConfig } from '@/lib/config/env';
import { callSelf } from '@/lib/runtime/internal-token';
import type { Job } from '@/lib/runtime/jobs';
import { publishDue } from './publish-due';

export async function runScheduledPublishing(): Promise<void> {
  const { published, failed, tags } = await publishDue();
  for (const f of failed) console.error(`[scheduler] article ${f.id} was due but cannot be published (${f.reason}); moved back to draft`);
  if (published.length) console.log(`[scheduler] published ${published.length} scheduled article(s)`);
  for (let i = 0; i < tags.length; i += 400) {
    const response = await callSelf('/api/internal/revalidate', { tags: tags.slice(i, i + 400), edgeQueued: true });
    if (!response.ok) console.error(`[scheduler] expiring cache tags failed: HTTP ${response.status}`);
  }
}

export function publishDueJob(): Job {
  return { name: 'publish-due', everyMs: getConfig().schedulerIntervalMs, run: runScheduledPublishing };
}
