// Background jobs of a server process. Each job must be safe with several instances running
// (claim work with conditional updates in the database), since every instance runs them. Every run
// logs one line with its own run id; the job logs anything else through the run's logger.
import 'server-only';
import crypto from 'node:crypto';
import type { Job } from '@/lib/core/job';
import { errorFields, logger } from '@/lib/core/log';

export function startBackgroundJobs(jobs: Job[]) {
  for (const job of jobs) {
    let running = false;
    const timer = setInterval(async () => {
      if (running) return;
      running = true;
      const log = logger({ job: job.name, runId: crypto.randomUUID() });
      const at = performance.now();
      try {
        await job.run(log);
        log.info({ ms: Math.round(performance.now() - at) }, 'job run');
      } catch (error) {
        log.error({ ms: Math.round(performance.now() - at), ...errorFields(error) }, 'job run failed');
      } finally {
        running = false;
      }
    }, job.everyMs);
    timer.unref();
  }
}
