// The app's one logger: pino, one JSON line per event on stdout, level from LOG_LEVEL (lib/config/env.ts).
// In development the lines are made readable by pino-pretty, in-process (no worker thread, which Next's
// server bundles could not resolve); `next start` in production writes plain JSON.
import { createRequire } from 'node:module';
import path from 'node:path';
import pino, { type DestinationStream, type Logger } from 'pino';
import { getConfig } from '@/lib/config/env';

export type { Logger };

let root: Logger | undefined;

function prettyStream(): DestinationStream | undefined {
  try {
    // Loaded through Node's resolver at run time: a dev-time nicety that production never loads.
    const pretty = createRequire(path.join(process.cwd(), 'package.json'))('pino-pretty') as (options: object) => DestinationStream;
    return pretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
  } catch {
    return undefined;
  }
}

/** The process-wide logger; `bindings` (a module, a request id, a job run) go on every line of the child. */
export function logger(bindings?: Record<string, unknown>): Logger {
  if (!root) {
    const config = getConfig();
    const options = { level: config.logLevel, base: { pid: process.pid } };
    const pretty = config.nodeEnv === 'development' ? prettyStream() : undefined;
    root = pretty ? pino(options, pretty) : pino(options);
  }
  return bindings ? root.child(bindings) : root;
}

/** An error as log fields: its message (and name), never a stack full of paths unless debugging. */
export function errorFields(error: unknown): { err: { name: string; message: string } } {
  const e = error instanceof Error ? error : new Error(String(error));
  return { err: { name: e.name, message: e.message } };
}
