// Where a request came from (client address and browser), read once per request for sessions and the audit log.
import 'server-only';
import { headers } from 'next/headers';
import type { RequestOrigin } from '@/lib/core/request-origin';
import { clientAddress } from './client-address';

export const noOrigin: RequestOrigin = { ip: null, userAgent: null };

export function originFromHeaders(h: Headers): RequestOrigin {
  const userAgent = h.get('user-agent')?.trim().slice(0, 512) || null;
  return { ip: clientAddress(h), userAgent };
}

/** The current request's origin; empty outside a request (jobs, scripts, tests). */
export async function currentRequestOrigin(): Promise<RequestOrigin> {
  try {
    return originFromHeaders(await headers());
  } catch {
    return noOrigin;
  }
}
