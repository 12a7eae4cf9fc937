// The address the per-address sign-in limit counts: the socket's, unless a configured proxy says otherwise.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientAddress, resolveClientAddress, UNKNOWN_ADDRESS } from './client-address';
import { installRequestHook } from '@/lib/runtime/request-hook';
import { PEER_HEADER } from './peer-address';
import type { ProxyTrust } from '@/lib/config/env';

/** Sends one request with these headers to a real HTTP server and returns what clientAddress() saw there. */
async function addressSeenByServer(headers: Record<string, string>): Promise<string> {
  installRequestHook();
  const server = http.createServer((req, res) => {
    const seen = clientAddress(new Headers(req.headers as Record<string, string>), { kind: 'none' });
    res.end(seen);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
    return await response.text();
  } finally {
    server.close();
  }
}

describe('clientAddress on a real server', () => {
  it('ignores a client-sent X-Forwarded-For: rotating it does not change the address counted', async () => {
    const seen = new Set<string>();
    for (const spoof of ['6.6.6.6', '7.7.7.7', '8.8.8.8, 9.9.9.9']) {
      seen.add(await addressSeenByServer({ 'x-forwarded-for': spoof, 'x-real-ip': spoof }));
    }
    expect([...seen]).toEqual(['127.0.0.1']);
  });

  it('ignores a forged stamp header', async () => {
    expect(await addressSeenByServer({ [PEER_HEADER]: 'guess 6.6.6.6' })).toBe('127.0.0.1');
    expect(clientAddress(new Headers({ [PEER_HEADER]: 'guess 6.6.6.6' }), { kind: 'none' })).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6' }), { kind: 'none' })).toBe(UNKNOWN_ADDRESS);
  });
});

describe('resolveClientAddress', () => {
  const xff = '6.6.6.6, 203.0.113.7, 10.0.0.2';
  it('uses the socket address when no proxy is trusted', () => {
    expect(resolveClientAddress({ peer: '::ffff:198.51.100.4', forwardedFor: xff, trust: { kind: 'none' } })).toBe('198.51.100.4');
  });
  it('walks back over trusted proxies only', () => {
    const trust: ProxyTrust = { kind: 'addresses', ranges: ['10.0.0.0/8'] };
    expect(resolveClientAddress({ peer: '10.0.0.1', forwardedFor: xff, trust })).toBe('203.0.113.7');
    // Reached directly (the peer is no proxy): the header counts for nothing.
    expect(resolveClientAddress({ peer: '198.51.100.4', forwardedFor: xff, trust })).toBe('198.51.100.4');
    expect(resolveClientAddress({ peer: '2001:db8::5', forwardedFor: '203.0.113.9', trust: { kind: 'addresses', ranges: ['2001:db8::/32'] } })).toBe('203.0.113.9');
  });
  it('takes the n-th entry from the right for n trusted hops', () => {
    expect(resolveClientAddress({ peer: '10.0.0.1', forwardedFor: xff, trust: { kind: 'hops', hops: 1 } })).toBe('10.0.0.2');
    expect(resolveClientAddress({ peer: '10.0.0.1', forwardedFor: xff, trust: { kind: 'hops', hops: 2 } })).toBe('203.0.113.7');
    expect(resolveClientAddress({ peer: '10.0.0.1', forwardedFor: null, trust: { kind: 'hops', hops: 1 } })).toBe('10.0.0.1');
  });
});
