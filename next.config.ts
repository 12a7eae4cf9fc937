// Next.js configuration: one place for build output, images and security headers.
import type { NextConfig } from 'next';
import { parseConfig } from './lib/config/env';
import { contentSecurityPolicy, NONCE_POLICY_PATHS } from './lib/security/content-security-policy';
import { EDGE_KEY_HEADERS, EDGE_SURROGATE_CONTROL, edgeRoutes } from './lib/cache/edge-keys';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  // Separate build folders let parallel test runs (and helpers) build without clobbering each other.
  distDir: parseConfig(process.env).nextDistDir,
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and WASM packages must load from node_modules, not be bundled.
  // Yjs and Hocuspocus too: the live-editing server and the actions that write into its documents must
  // share one copy of them in the process (Yjs breaks when two copies meet), and ws has native options.
  serverExternalPackages: ['@electric-sql/pglite', 'argon2', 'sharp', 'pg', 'pino', 'pino-pretty', 'yjs', 'y-protocols', '@hocuspocus/server', '@hocuspocus/extension-redis', 'ioredis', 'ws'],
  experimental: {
    // Images up to 10 MB are uploaded through server actions (profile photo, logo) and pass the proxy.
    serverActions: { bodySizeLimit: '11mb' },
    proxyClientMaxBodySize: '11mb',
  },
  images: {
    // Media are served by our own /media route with ready-made responsive variants.
    localPatterns: [{ pathname: '/media/**' }, { pathname: '/demo/**' }],
    formats: ['image/webp'],
  },
  async headers() {
    // Static per-route headers cost nothing per request: the edge learns each response's keys from the URL.
    const edgeHeaders = edgeRoutes.map(({ source, keys, surrogateControl }) => ({
      source,
      headers: [
        ...EDGE_KEY_HEADERS.map((key) => ({ key, value: keys.join(' ') })),
        { key: 'Surrogate-Control', value: surrogateControl ?? EDGE_SURROGATE_CONTROL },
      ],
    }));
    return [
      { source: '/:path*', headers: securityHeaders },
      // Cached public pages get the static policy here (no per-request work); the dynamic pages get the
      // nonce policy from proxy.ts instead (see lib/security/content-security-policy.ts for both).
      {
        source: `/((?!${NONCE_POLICY_PATHS.join('|')}|_next/|api/|media/).*)`,
        headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev: process.env.NODE_ENV !== 'production' }) }],
      },
      ...edgeHeaders,
    ];
  },
};

export default nextConfig;
