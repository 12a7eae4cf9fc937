// Carries the live editor across the one remount that creating an article causes: /dashboard/articles/new
// becomes /dashboard/articles/<id> (a different route, so React mounts a new editor). The old editor
// leaves its state here, the new one picks it up, so no keystroke, message or cursor is lost.
import type { EditableArticle, MediaSummary, TagOption } from '@/lib/articles/editorial-types';
import type { ArticleFieldsInput } from '@/lib/articles/fields';
import type { ArticleMeta } from './article-meta';
import type { Notice } from './use-article-session';

export type Handoff = {
  fields: ArticleFieldsInput;
  /** The fields as last saved (what the server holds). */
  savedJson: string;
  meta: ArticleMeta;
  featuredImage: MediaSummary | null;
  notice: Notice;
  catalog: TagOption[];
  slugFollows: boolean;
  selection: { from: number; to: number } | null;
  at: number;
};

const handoffs = new Map<string, Handoff>();
// Only the immediate remount may use it: anything older is a stale visit.
const MAX_AGE_MS = 30_000;

export function putHandoff(articleId: string, handoff: Omit<Handoff, 'at'>) {
  handoffs.set(articleId, { ...handoff, at: Date.now() });
}

export function peekHandoff(article: EditableArticle | null): Handoff | undefined {
  if (!article) return undefined;
  const found = handoffs.get(article.id);
  return found && Date.now() - found.at < MAX_AGE_MS ? found : undefined;
}

export function dropHandoff(articleId: string) {
  handoffs.delete(articleId);
}
