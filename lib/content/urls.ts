// Which link targets an article may contain: http(s), mailto and site-relative paths. Pure; shared by
// the editor, the server-side validator and the renderer (the static renderer skips Link's own check).

export function isAllowedHref(href: unknown): href is string {
  if (typeof href !== 'string') return false;
  const value = href.trim();
  if (value === '' || value.length > 2048 || /[\u0000-\u001f\s]/.test(value)) return false;
  // Site-relative ("/world/…", "#notes") but not protocol-relative ("//evil.example").
  if ((value.startsWith('/') && !value.startsWith('//')) || value.startsWith('#')) return true;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return Boolean(url.hostname);
  if (url.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname));
  return false;
}

/** Media files are served by our own route; a figure may only point there. */
export function isMediaSrc(src: unknown): src is string {
  return typeof src === 'string' && /^\/media\/[a-z0-9][a-z0-9/_.-]*$/i.test(src) && !src.includes('..');
}
