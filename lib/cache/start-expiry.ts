// What a server process wires once at start (lib/runtime/server-start.ts) for the expiries that arrive
// outside any request: every prerendered page at start-up, the tags peers announce, and the page-cache
// refresh the edge purge makes before a round. Each expires this instance only (expire-here.ts).
import 'server-only';
import { errorFields, logger } from '@/lib/core/log';
import { setPageCacheRefresh } from './edge-purge';
import { expireHereOutsideRequest } from './expire-here';
import { announceExpiredTags, onPeerTags } from './peer-sync';

export function startCacheExpiry(): void {
  const log = logger({ module: 'cache' });
  // Pages built by `next build` were rendered from an empty database: expire them all once listening.
  void expireHereOutsideRequest('all').catch((error) => log.error(errorFields(error), 'could not refresh prerendered pages'));
  // Edge keys are also the page cache's tags (edge-keys.ts). Before a follow-up round the peers expire
  // theirs too; their tags were announced once already, by the write, and are not announced back.
  setPageCacheRefresh(async (tags, { announce }) => {
    await expireHereOutsideRequest(tags, 1);
    if (announce) announceExpiredTags(tags);
  });
  // Several instances may share this database: expire what the others' writes expired.
  onPeerTags((tags) => {
    void expireHereOutsideRequest(tags).catch((error) => log.error(errorFields(error), "could not expire another instance's cache tags"));
  });
}
