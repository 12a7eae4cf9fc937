// The one answer to "may this user do this to this thing", modelled on WordPress and Ghost roles.
import type { ArticleStatus, Role } from '@/db/schema';
import type { RequestOrigin } from '@/lib/core/request-origin';

/**
 * The signed-in staff member every write is checked against (re-read from the database per request).
 * The session and request origin, when known, go into the audit entries of the writes they make.
 */
export type Actor = { id: string; role: Role; disabled?: boolean; sessionId?: string | null; origin?: RequestOrigin };

/** What a rule needs to know about an article: who owns it and where it is in the workflow. */
export type ArticleRef = { createdById: string | null; authorIds: readonly string[]; status: ArticleStatus };

export type Action =
  | { kind: 'dashboard:view' }
  | { kind: 'article:create' }
  /** A standalone page (About us, Contact): the newsroom's own voice, so editors and admins. */
  | { kind: 'page:create' }
  | { kind: 'article:view'; article: ArticleRef }
  | { kind: 'article:edit'; article: ArticleRef }
  | { kind: 'article:submit'; article: ArticleRef }
  | { kind: 'article:publish'; article: ArticleRef }
  | { kind: 'article:schedule'; article: ArticleRef }
  | { kind: 'article:unpublish'; article: ArticleRef }
  | { kind: 'article:trash'; article: ArticleRef }
  | { kind: 'article:restore'; article: ArticleRef }
  | { kind: 'article:set-bylines'; article: ArticleRef }
  /** Make an article live coverage, end it or reopen it: whoever may publish the article. */
  | { kind: 'live:manage'; article: ArticleRef }
  /** Post an entry to live coverage: whoever may edit the article (a contributor only before it is public). */
  | { kind: 'live-entry:post'; article: ArticleRef }
  /** Edit a posted entry: editors any; others only their own entries, while they may still post. */
  | { kind: 'live-entry:edit'; article: ArticleRef; entryAuthorId: string | null }
  /** Delete an entry (readers have seen it; a removal is an editorial decision): editors and admins. */
  | { kind: 'live-entry:delete'; article: ArticleRef }
  | { kind: 'tag:create' }
  | { kind: 'tag:manage' }
  | { kind: 'media:upload' }
  | { kind: 'media:edit'; media: { uploadedById: string | null } }
  | { kind: 'staff:manage' }
  | { kind: 'settings:manage' }
  /** Importing another site's archive (WordPress) writes everywhere: administrators only. */
  | { kind: 'import:run' }
  /** Downloading the whole site (every article, draft and staff list): administrators only. */
  | { kind: 'site:export' }
  /** Old addresses that redirect: they can point any URL anywhere on the site, so administrators only. */
  | { kind: 'redirect:manage' }
  | { kind: 'profile:edit'; userId: string }
  /** A photo for one's own profile: allowed to every role (contributors included) although general uploads are not. */
  | { kind: 'profile:upload-photo'; userId: string }
  /** See where someone is signed in, and end those sessions: one's own, or anyone's for admins. */
  | { kind: 'session:view'; ownerId: string }
  | { kind: 'session:end'; ownerId: string }
  | { kind: 'audit:view' }

  /** Enrol, use and remove one's own second factors (authenticator app, passkeys, recovery codes): only ever one's own. */
  | { kind: 'second-factor:manage'; userId: string }
  /** Remove all of someone's second factors (they lost their phone and codes): admins only. */
  | { kind: 'second-factor:reset'; userId: string };

const rank: Record<Role, number> = { contributor: 1, author: 2, editor: 3, admin: 4 };

export function atLeast(actor: Actor, role: Role): boolean {
  return rank[actor.role] >= rank[role];
}

export function ownsArticle(actor: Actor, article: ArticleRef): boolean {
  return article.createdById === actor.id || article.authorIds.includes(actor.id);
}

/** Server-side permission check; every data-layer write calls it. UI hiding is only a courtesy. */
export function can(actor: Actor | null | undefined, action: Action): boolean {
  if (!actor || actor.disabled) return false;
  const editor = atLeast(actor, 'editor');
  switch (action.kind) {
    case 'dashboard:view':
    case 'article:create':
    case 'tag:create':
      return true;
    case 'article:view':
      return editor || ownsArticle(actor, action.article);
    case 'live-entry:post':
    case 'article:edit':
      if (editor) return true;
      if (!ownsArticle(actor, action.article) || action.article.status === 'trash') return false;
      // Contributors lose the pen once an editor schedules or publishes their piece.
      return actor.role === 'author' || action.article.status === 'draft' || action.article.status === 'review';
    case 'article:submit':
      return ownsArticle(actor, action.article) && (action.article.status === 'draft' || action.article.status === 'review');
    case 'live-entry:edit':
      if (editor) return true;
      return action.entryAuthorId === actor.id && can(actor, { kind: 'live-entry:post', article: action.article });
    case 'live:manage':
    case 'article:publish':
    case 'article:unpublish':
      return editor || (actor.role === 'author' && ownsArticle(actor, action.article) && action.article.status !== 'trash');
    case 'article:schedule':
    case 'article:trash':
    case 'article:restore':
    case 'article:set-bylines':
    case 'live-entry:delete':
    case 'tag:manage':
    case 'page:create':
      return editor;
    case 'media:upload':
      return atLeast(actor, 'author');
    case 'media:edit':
      return editor || (actor.role === 'author' && action.media.uploadedById === actor.id);
    case 'staff:manage':
    case 'settings:manage':
    case 'audit:view':
    case 'import:run':
    case 'site:export':
    case 'redirect:manage':
      return actor.role === 'admin';
    case 'profile:edit':
    case 'profile:upload-photo':
      return actor.id === action.userId || actor.role === 'admin';
    case 'session:view':
    case 'session:end':
      return actor.id === action.ownerId || actor.role === 'admin';
    case 'second-factor:manage':
      return actor.id === action.userId;
    case 'second-factor:reset':
      return actor.role === 'admin';
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}
