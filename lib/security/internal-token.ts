// Authenticates the app's calls to itself (scheduler, start-up refresh): an HMAC of AUTH_SECRET, so
// every instance sharing the secret accepts them and nobody else can.
import 'server-only';
import crypto from 'node:crypto';
import { getConfig } from '@/lib/config/env';

export const INTERNAL_HEADER = 'x-byline-internal';

export function internalToken(): string {
  return crypto.createHmac('sha256', getConfig().authSecret).update('byline-internal-v1').digest('base64url');
}

export function isInternalRequest(request: Request): boolean {
  const given = request.headers.get(INTERNAL_HEADER) ?? '';
  const expected = internalToken();
  return given.length === expected.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** POSTs to this instance's own API, retrying while the server is still starting to listen. */
export async function callSelf(pathname: string, body: unknown, attempts = 30): Promise<Response> {
  const url = `http://127.0.0.1:${getConfig().port}${pathname}`;
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_HEADER]: internalToken() },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw lastError;
}
