// Absolute URLs on the public origin (SITE_URL, through the config): every absolute link the site emits
// goes through here. Server-only, unlike the path helpers in lib/core/routes.ts that client components use.
import { getConfig } from './env';

export function absoluteUrl(path: string): string {
  return `${getConfig().siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
