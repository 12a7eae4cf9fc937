// Keeps several app instances' caches in step: a write's expired tags are announced as kind `tags` on
// the one instance channel (lib/core/instance-signal.ts), and every other instance hears them and
// expires its own copies. (Embedded PGlite is single-process, so it has no peers.) A shared cache
// handler would make this unnecessary; until one is configured, this is what makes a publish visible
// on every instance.
import 'server-only';
import { getConfig } from '@/lib/config/env';
import { instanceSignal, MAX_SIGNAL_PAYLOAD } from '@/lib/core/instance-signal';

type TagsSignal = { tags: string[] };

const signal = instanceSignal<TagsSignal>({
  kind: 'tags',
  module: 'peer-sync',
  parse: (message) => (Array.isArray(message.tags) ? { tags: message.tags.filter((t): t is string => typeof t === 'string') } : null),
});

/** Splits tags into messages that each fit one NOTIFY; returns their payloads. */
export function toPayloads(tags: readonly string[], from?: string): string[] {
  return tagBatches(tags, from).map((batch) => signal.payload({ tags: batch }, from));
}

function tagBatches(tags: readonly string[], from?: string): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  for (const tag of tags) {
    if (batch.length && signal.payload({ tags: [...batch, tag] }, from).length > MAX_SIGNAL_PAYLOAD) {
      batches.push(batch);
      batch = [];
    }
    batch.push(tag);
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** Tells the other instances; fire-and-forget, since the local cache is already expired. */
export function announceExpiredTags(tags: readonly string[]) {
  if (!getConfig().databaseUrl || tags.length === 0) return;
  for (const batch of tagBatches(tags)) signal.announce({ tags: batch });
}

/**
 * Hears the tags other instances expired (never this one's own: its cache is expired already, and a
 * peer's tags must not be announced back). Returns the unsubscribe function.
 */
export function onPeerTags(listener: (tags: string[]) => void): () => void {
  return signal.subscribe(({ tags }, origin) => {
    if (origin === 'peer' && tags.length) listener(tags);
  });
}

/** Resolves once this process hears other instances (tests wait on it). */
export const peerSyncReady = signal.ready;
