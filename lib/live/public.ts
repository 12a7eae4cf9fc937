// Cached public reads of live coverage, tagged so each entry write expires exactly them: the live page's
// first screen and older pages, the catch-up answer ("what changed since N"), one entry's share page,
// and the live badges on lists. Only published articles have public coverage.
import 'server-only';
import { cacheTags } from '@/lib/cache/tags';
import { cachedRead } from '@/lib/core/cached-read';
import { isUuid } from '@/lib/core/uuid';
import { readLatestEntryTime, readLiveFeedEntries, readLiveChanges, readLiveCoverage, readLiveEntry, readLiveFlags } from './read';
import type { LiveCoverageView, LiveEntryView, LiveUpdate } from './types';

/** Older pages past this are crawler loops. */
export const MAX_LIVE_PAGE = 500;

const liveTags = (articleId: string) => [cacheTags.live(articleId), cacheTags.article(articleId)];

const cachedCoverage = cachedRead('live-coverage', readLiveCoverage, (articleId) => liveTags(articleId));
const cachedChanges = cachedRead('live-changes', readLiveChanges, (articleId) => liveTags(articleId));
const cachedEntry = cachedRead('live-entry', readLiveEntry, (articleId) => liveTags(articleId));
const cachedLatest = cachedRead('live-latest', readLatestEntryTime, (articleId) => liveTags(articleId));
const cachedFeed = cachedRead('live-feed', readLiveFeedEntries, (articleId) => liveTags(articleId));
const cachedFlags = cachedRead('live-flags', readLiveFlags, () => [cacheTags.articleLists]);

export function getLiveCoverage(articleId: string, page = 1): Promise<LiveCoverageView | null> {
  if (!isUuid(articleId) || !Number.isSafeInteger(page) || page < 1 || page > MAX_LIVE_PAGE) return Promise.resolve(null);
  return cachedCoverage(articleId, page);
}

export function getLiveUpdatesSince(articleId: string, since: number): Promise<LiveUpdate | null> {
  if (!isUuid(articleId) || !Number.isSafeInteger(since) || since < 0) return Promise.resolve(null);
  return cachedChanges(articleId, since);
}

export function getLiveEntry(articleId: string, entryId: string): Promise<LiveEntryView | null> {
  if (!isUuid(articleId) || !isUuid(entryId)) return Promise.resolve(null);
  return cachedEntry(articleId, entryId);
}

/** The newest entry time (posted or edited): the live article's dateModified when later than its own. */
export function getLatestEntryTime(articleId: string): Promise<string | null> {
  if (!isUuid(articleId)) return Promise.resolve(null);
  return cachedLatest(articleId);
}

/** Live badges for a list of article ids (sorted ids make one cache entry per set). */
export function getLiveFlags(articleIds: readonly string[]): Promise<Record<string, { ended: boolean }>> {
  const ids = [...new Set(articleIds)].filter(isUuid).sort();
  if (ids.length === 0) return Promise.resolve({});
  return cachedFlags(ids);
}

/** Entries in the live article's own RSS feed. */
export const LIVE_FEED_SIZE = 50;
export function getLiveFeedEntries(articleId: string): Promise<LiveEntryView[] | null> {
  if (!isUuid(articleId)) return Promise.resolve(null);
  return cachedFeed(articleId, LIVE_FEED_SIZE);
}
