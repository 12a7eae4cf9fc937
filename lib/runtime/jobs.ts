// Background jobs of a server process. Each job must be safe with several instances running
// (claim work with conditional updates in the database), since every instance runs them.
import 'server-only';

export type Job = { name: string; run: () => Promise<void>; everyMs: number };

export function startBackgroundJobs(jobs: Job[]) {
  for (const job of jobs) {
    let running = false;
    const timer = setInterval(async () => {
      if (running) return;
      running = true;
      try {
        await job.run();
      } catch (error) {
        console.error(`[job ${job.name}] ${(error as Error).message}`);
      } finally {
        running = false;
      }
    }, job.everyMs);
    timer.unref();
  }
}
