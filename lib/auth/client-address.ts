// The client address used for per-address throttling.
/**
 * The last x-forwarded-for entry: the one the nearest proxy (or Next itself, when there is none) added.
 * Earlier entries are whatever the client claimed and would let it dodge the address limit.
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  const address = last || headers.get('x-real-ip')?.trim();
  if (!address) return null;
  // IPv4-mapped IPv6 and plain IPv4 name the same client.
  return address.replace(/^::ffff:/, '').slice(0, 64);
}
