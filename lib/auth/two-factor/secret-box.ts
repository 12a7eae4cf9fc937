// Keys derived from AUTH_SECRET for two-factor data at rest: AES-256-GCM for TOTP secrets, HMAC for recovery codes.
//
// Why derive from AUTH_SECRET: every instance already shares it and it never sits in the database, so a
// copy of the database alone (a backup, a read-only SQL injection) yields neither TOTP secrets nor usable
// recovery codes. HKDF gives each use its own key, so the session-signing key is never used directly.
// Rotating AUTH_SECRET makes stored TOTP secrets unreadable: those people sign in with a recovery code or
// a passkey, or an admin resets their second factor, and they enrol again.
import 'server-only';
import crypto from 'node:crypto';
import { getConfig } from '@/lib/config/env';

const keys = new Map<string, Buffer>();

function derivedKey(purpose: 'totp-secret' | 'recovery-code'): Buffer {
  const secret = getConfig().authSecret;
  const cacheKey = `${purpose}\0${secret}`;
  let key = keys.get(cacheKey);
  if (!key) {
    key = Buffer.from(crypto.hkdfSync('sha256', secret, 'byline two-factor', `byline:${purpose}:v1`, 32));
    keys.set(cacheKey, key);
  }
  return key;
}

/** "v1.<iv>.<ciphertext>.<tag>" in base64url; the user id is bound as associated data, so a secret cannot be moved to another account. */
export function encryptSecret(plain: string, userId: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', derivedKey('totp-secret'), iv);
  cipher.setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv, body, cipher.getAuthTag()].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** The plain secret, or null when it cannot be read (AUTH_SECRET changed, or the row was tampered with). */
export function decryptSecret(sealed: string, userId: string): string | null {
  const [version, iv, body, tag] = sealed.split('.');
  if (version !== 'v1' || !iv || !body || !tag) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', derivedKey('totp-secret'), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/**
 * Recovery codes carry ~50 random bits, so a keyed hash is enough (no slow hash needed), and the key
 * keeps a database copy from being checked offline.
 */
export function hashRecoveryCode(normalizedCode: string): string {
  return crypto.createHmac('sha256', derivedKey('recovery-code')).update(normalizedCode).digest('hex');
}

/** One-time tokens (pending sign-ins) are 256 random bits: a plain SHA-256 is enough. */
export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
