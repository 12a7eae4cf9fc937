// Cookie security follows SITE_URL: Secure (and __Secure- prefixed) on https, plain on local http.
import { afterEach, describe, expect, it, vi } from 'vitest';

const original = process.env.SITE_URL;
afterEach(() => {
  process.env.SITE_URL = original;
  vi.resetModules();
});

describe('authConfig', () => {
  it('uses secure cookies when the public site is https', async () => {
    process.env.SITE_URL = 'https://news.example.com';
    const { authConfig } = await import('./auth.config');
    expect(authConfig.useSecureCookies).toBe(true);
    expect(authConfig.session.strategy).toBe('jwt');
  });

  it('uses plain cookies for local http, so e2e and local runs can sign in', async () => {
    process.env.SITE_URL = 'http://127.0.0.1:3202';
    const { authConfig } = await import('./auth.config');
    expect(authConfig.useSecureCookies).toBe(false);
  });
});
