// The client address the per-address sign-in limit counts: the socket address, or what trusted proxies say.
import net from 'node:net';
import { getConfig, type ProxyTrust } from '@/lib/config/env';
import { peerAddress } from './peer-address';

/** One name per client: IPv4-mapped IPv6 and plain IPv4 are the same client. */
function normalize(address: string): string {
  return address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '').slice(0, 64);
}

/** Requests this process did not stamp (only those arriving while the server starts) share one bucket. */
export const UNKNOWN_ADDRESS = 'unknown';

function blockList(ranges: string[]): net.BlockList {
  const list = new net.BlockList();
  for (const range of ranges) {
    const [address, bits] = range.split('/') as [string, string | undefined];
    const type = net.isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

function isTrusted(list: net.BlockList, address: string): boolean {
  const family = net.isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Pure: the client behind `peer` (the socket address). With no trusted proxy the peer is the client,
 * whatever X-Forwarded-For claims. With TRUSTED_PROXIES, entries are read from the right while they
 * are trusted proxies; the first that is not is the client. With TRUSTED_PROXY_HOPS = n, the n-th
 * entry from the right (each trusted proxy appends the address it saw).
 */
export function resolveClientAddress(input: { peer: string; forwardedFor: string | null; trust: ProxyTrust }): string {
  const peer = normalize(input.peer);
  if (input.trust.kind === 'none') return peer;
  const chain = (input.forwardedFor ?? '').split(',').map(normalize).filter(Boolean);
  if (input.trust.kind === 'hops') {
    const hops = input.trust.hops;
    if (hops === 0) return peer;
    return chain[Math.max(chain.length - hops, 0)] ?? peer;
  }
  const list = blockList(input.trust.ranges);
  let client = peer;
  for (let i = chain.length; i > 0 && isTrusted(list, client); i--) client = chain[i - 1]!;
  return client;
}

/** The address of the request these headers came with (see peer-address.ts for why not X-Forwarded-For). */
export function clientAddress(headers: Headers, trust: ProxyTrust = getConfig().proxyTrust): string {
  const peer = peerAddress(headers);
  if (!peer) return UNKNOWN_ADDRESS;
  return resolveClientAddress({ peer, forwardedFor: headers.get('x-forwarded-for'), trust });
}
