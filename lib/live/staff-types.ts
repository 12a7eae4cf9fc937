// The live composer's shapes (plain, serialisable): types only, so dashboard client components may import them.
import type { ArticleStatus, DocJSON } from '@/db/schema';
import type { WriteResult } from '@/lib/core/result';

export type EntryResult = WriteResult<{ entryId: string }>;

export type StaffLiveEntry = {
  id: string;
  headline: string;
  body: DocJSON;
  pinned: boolean;
  keyEvent: boolean;
  authorId: string | null;
  postedAt: string;
  editedAt: string | null;
  canEdit: boolean;
  canDelete: boolean;
};

export type StaffLiveView = {
  articleId: string;
  headline: string;
  status: ArticleStatus;
  publicSlug: string | null;
  live: boolean;
  endedAt: string | null;
  canManage: boolean;
  canPost: boolean;
  entries: StaffLiveEntry[];
};

