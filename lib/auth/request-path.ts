// The header the proxy uses to tell dashboard pages which path was asked for (layouts cannot see it otherwise).
export const requestPathHeader = 'x-byline-path';

/**
 * A same-origin path to return to after signing in, or the fallback. Only "/something" is accepted:
 * no scheme, no "//host", no backslashes, so the login page cannot become an open redirect.
 */
export function safeCallbackPath(value: unknown, fallback = '/dashboard'): string {
  if (typeof value !== 'string' || value.length > 2000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  // Control characters could smuggle "//" past the check after browsers strip them.
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, 'http://byline.invalid');
    if (url.origin !== 'http://byline.invalid') return fallback;
    // The sign-in and set-password pages are no place to come back to.
    if (url.pathname === '/login' || url.pathname.startsWith('/set-password/') || url.pathname.startsWith('/api/auth')) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
