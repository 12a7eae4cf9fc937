import { apiPath, dashboardPath, loginPath, setPasswordPrefix } from '@/lib/core/routes';

// The header the proxy uses to tell dashboard pages which path was asked for (layouts cannot see it otherwise).
export const requestPathHeader = 'x-byline-path';

/**
 * A same-origin path to return to after signing in, or the fallback. Only "/something" is accepted:
 * no scheme, no "//host", no backslashes, so the login page cannot become an open redirect.
 */
export function safeCallbackPath(value: unknown, fallback = dashboardPath()): string {
  if (typeof value !== 'string' || value.length > 2000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  // Control characters could smuggle "//" past the check after browsers strip them.
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, 'http://byline.invalid');
    if (url.origin !== 'http://byline.invalid') return fallback;
    // The sign-in and set-password pages are no place to come back to.
    if (url.pathname === loginPath() || url.pathname.startsWith(setPasswordPrefix) || url.pathname.startsWith(apiPath('auth'))) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
