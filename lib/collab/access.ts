// Who may open an article's live document, and how: the staff session is read from the Auth.js cookie
// of the WebSocket's upgrade request (the same check every page makes), and can() decides between
// writing, reading only, or nothing.
import 'server-only';
import { getToken } from 'next-auth/jwt';
import { authConfig } from '@/lib/auth/auth.config';
import { loadActiveStaff, type ActiveStaff } from '@/lib/auth/active-staff';
import { getArticleForEditing } from '@/lib/articles/editorial';
import { getConfig } from '@/lib/config/env';

export type CollabAccess = 'edit' | 'read' | null;

/** What a connection remembers of its session, to check it again when something changes. */
export type SessionClaims = { userId: string; sessionVersion: number; sessionId: string };

export async function sessionClaimsFromCookies(cookieHeader: string | undefined): Promise<SessionClaims | null> {
  if (!cookieHeader) return null;
  const token = await getToken({
    req: { headers: new Headers({ cookie: cookieHeader }) },
    secret: getConfig().authSecret,
    secureCookie: authConfig.useSecureCookies,
  });
  if (!token?.sub || typeof token.sv !== 'number' || typeof token.sid !== 'string') return null;
  return { userId: token.sub, sessionVersion: token.sv, sessionId: token.sid };
}

/** The active staff member behind the claims, or null (signed out, disabled, role or password changed since). */
export function staffOf(claims: SessionClaims): Promise<ActiveStaff | null> {
  return loadActiveStaff(claims.userId, claims.sessionVersion, claims.sessionId);
}

/** Edit, read only, or nothing: the article as the editor page would show it to this person. */
export async function articleAccess(staff: ActiveStaff | null, articleId: string): Promise<CollabAccess> {
  if (!staff) return null;
  const article = await getArticleForEditing(staff, articleId);
  if (!article) return null;
  // The trash is read-only for everyone until the article is restored (as in the editor).
  return article.abilities.edit && article.status !== 'trash' ? 'edit' : 'read';
}
