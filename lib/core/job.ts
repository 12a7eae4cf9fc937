// What a background job is, so any folder can offer one and lib/runtime/jobs.ts can run it. Each job must
// be safe with several instances running (claim work with conditional updates in the database).
import type { Logger } from './log';

export type Job = { name: string; run: (log: Logger) => Promise<void>; everyMs: number };
