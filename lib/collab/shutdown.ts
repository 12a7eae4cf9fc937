// Stopping the live-editing server with the process: a restart or deploy sends SIGTERM, and Next's
// server waits for every connection to end before it exits, which an open WebSocket never does. So:
// store what editors typed up to now, then close the sockets (browsers reconnect to the next process
// and send anything typed meanwhile; their IndexedDB copy holds it).
import 'server-only';
import { errorFields, logger } from '@/lib/core/log';
import { runningCollabServer } from './server';
import { closeCollabSockets } from './upgrade';

/** WebSocket close code 1012, "service restart": clients retry. */
const SERVICE_RESTART = 1012;

export async function shutDownCollab(): Promise<void> {
  try {
    await runningCollabServer()?.flushAll();
  } catch (error) {
    logger({ module: 'collab' }).error(errorFields(error), 'could not store live documents before stopping');
  } finally {
    closeCollabSockets(SERVICE_RESTART, 'Server restarting');
  }
}

/** Registers the shutdown on SIGTERM and SIGINT (beside Next's own handlers, which then can exit). */
export function shutDownCollabOnSignals(): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void shutDownCollab());
}
