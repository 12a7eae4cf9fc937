// The "known device" cookie: a signed, long-lived note that this browser has signed in to these accounts
// before, so failures by strangers against an account never slow its owner on their own device.
import 'server-only';
import crypto from 'node:crypto';
import { cookies } from 'next/headers';
import { getConfig } from '@/lib/config/env';

export const KNOWN_DEVICE_COOKIE = 'byline-known-device';
const MAX_AGE_SECONDS = 400 * 24 * 60 * 60; // browsers cap cookie lifetimes at 400 days
const MAX_ACCOUNTS = 5;

export type KnownDevice = { id: string; userIds: string[] };

function sign(payload: string, secret: string): string {
  // Its own label, so this MAC can never be confused with any other use of AUTH_SECRET.
  return crypto.createHmac('sha256', `known-device:${secret}`).update(payload).digest('base64url');
}

export function encodeKnownDevice(device: KnownDevice, secret = getConfig().authSecret): string {
  const payload = Buffer.from(JSON.stringify({ d: device.id, u: device.userIds })).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** The device named by a Cookie header, or null when absent, malformed or not signed by us. */
export function readKnownDevice(cookieHeader: string | null, secret = getConfig().authSecret): KnownDevice | null {
  const raw = cookieHeader
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${KNOWN_DEVICE_COOKIE}=`))
    ?.slice(KNOWN_DEVICE_COOKIE.length + 1);
  if (!raw || raw.length > 2000) return null;
  const [payload, mac] = raw.split('.');
  if (!payload || !mac) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { d?: unknown; u?: unknown };
    if (typeof data.d !== 'string' || !Array.isArray(data.u) || !data.u.every((u) => typeof u === 'string')) return null;
    return { id: data.d, userIds: data.u as string[] };
  } catch {
    return null;
  }
}

/** After a successful sign-in: adds the account to this browser's cookie (a new device id if it had none). */
export async function rememberKnownDevice(device: KnownDevice | null, userId: string): Promise<void> {
  const next: KnownDevice = {
    id: device?.id ?? crypto.randomUUID(),
    userIds: [userId, ...(device?.userIds ?? []).filter((id) => id !== userId)].slice(0, MAX_ACCOUNTS),
  };
  (await cookies()).set(KNOWN_DEVICE_COOKIE, encodeKnownDevice(next), {
    httpOnly: true,
    sameSite: 'lax',
    secure: getConfig().siteUrl.startsWith('https://'),
    path: '/',
    maxAge: MAX_AGE_SECONDS,
  });
}
