import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './env';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'byline-config-'));

describe('parseConfig', () => {
  it('fills defaults for a bare environment', () => {
    const dir = tmp();
    const config = parseConfig({ DATA_DIR: dir }, { createSecret: true });
    expect(config.port).toBe(3000);
    expect(config.siteUrl).toBe('http://localhost:3000');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.seedDemo).toBe(true);
    expect([config.siteTimeZone, config.siteLocale]).toEqual(['UTC', 'en']);
    expect(parseConfig({ DATA_DIR: dir, SITE_TIME_ZONE: 'Europe/Berlin', SITE_LOCALE: 'de' })).toMatchObject({ siteTimeZone: 'Europe/Berlin', siteLocale: 'de' });
    expect(config.authSecret.length).toBeGreaterThanOrEqual(32);
    // The generated secret is kept, so a restart keeps sessions.
    expect(parseConfig({ DATA_DIR: dir }).authSecret).toBe(config.authSecret);
  });

  it.each([
    [{ DATABASE_URL: 'nonsense' }, /^DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL \(got "nonsense"\)$/],
    [{ PORT: 'abc' }, /^PORT must be a port number/],
    [{ PORT: '70000' }, /^PORT must be a port number/],
    [{ SITE_URL: 'news.example.com' }, /^SITE_URL must be an absolute http\(s\) URL/],
    [{ AUTH_SECRET: 'short' }, /^AUTH_SECRET must be at least 32 characters/],
    [{ ADMIN_EMAIL: 'a@example.com' }, /^ADMIN_EMAIL and ADMIN_PASSWORD must be set together$/],
    [{ SEED_DEMO: 'maybe' }, /^SEED_DEMO must be true or false/],
    [{ DB_POOL_MAX: 'many' }, /^DB_POOL_MAX must be a whole number of connections from 1 to 1000 \(got "many"\)$/],
    [{ DB_POOL_MAX: '0' }, /^DB_POOL_MAX must be a whole number of connections/],
    [{ SITE_TIME_ZONE: 'Mars/Olympus' }, /^SITE_TIME_ZONE must be an IANA time zone such as Europe\/Berlin or UTC \(got "Mars\/Olympus"\)$/],
    [{ SITE_TIME_ZONE: '+01:00' }, /^SITE_TIME_ZONE must be an IANA time zone/],
    [{ SITE_LOCALE: 'fr' }, /^SITE_LOCALE must be one of en, de/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
    [{ DATABASE_URL: 'postgres://db/x', NODE_ENV: 'production' }, /^AUTH_SECRET is required when DATABASE_URL is set in production/],
  ])('rejects %o with one line naming the setting', (env, message) => {
    const run = () => parseConfig({ DATA_DIR: tmp(), ...env });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(message);
  });

  it('never echoes secrets in messages', () => {
    expect(() => parseConfig({ AUTH_SECRET: 'hunter2' })).toThrow(/^AUTH_SECRET must be at least 32 characters[^"]*$/);
  });

  it('trims a trailing slash from SITE_URL and lower-cases ADMIN_EMAIL', () => {
    const config = parseConfig({ DATA_DIR: tmp(), SITE_URL: 'https://news.example.com/', ADMIN_EMAIL: 'Boss@Example.com', ADMIN_PASSWORD: 'a-long-password' });
    expect(config.siteUrl).toBe('https://news.example.com');
    expect(config.adminEmail).toBe('boss@example.com');
  });
});

describe('proxy trust and HSTS settings', () => {
  it('defaults to trusting no proxy and a one-year HSTS', () => {
    const config = parseConfig({ DATA_DIR: tmp() });
    expect(config.proxyTrust).toEqual({ kind: 'none' });
    expect(config.hstsMaxAge).toBe(31_536_000);
  });
  it('reads TRUSTED_PROXIES, TRUSTED_PROXY_HOPS and HSTS_MAX_AGE', () => {
    expect(parseConfig({ DATA_DIR: tmp(), TRUSTED_PROXIES: '10.0.0.0/8, 2001:db8::1' }).proxyTrust).toEqual({ kind: 'addresses', ranges: ['10.0.0.0/8', '2001:db8::1'] });
    expect(parseConfig({ DATA_DIR: tmp(), TRUSTED_PROXY_HOPS: '2' }).proxyTrust).toEqual({ kind: 'hops', hops: 2 });
    expect(parseConfig({ DATA_DIR: tmp(), HSTS_MAX_AGE: '0' }).hstsMaxAge).toBe(0);
  });
  it.each([
    [{ TRUSTED_PROXIES: '10.0.0.0/33' }, /^TRUSTED_PROXIES must be comma-separated IP addresses or CIDR ranges/],
    [{ TRUSTED_PROXIES: 'proxy.local' }, /^TRUSTED_PROXIES must be/],
    [{ TRUSTED_PROXY_HOPS: 'one' }, /^TRUSTED_PROXY_HOPS must be a whole number/],
    [{ TRUSTED_PROXIES: '10.0.0.1', TRUSTED_PROXY_HOPS: '1' }, /^TRUSTED_PROXIES and TRUSTED_PROXY_HOPS are alternatives/],
    [{ HSTS_MAX_AGE: '-1' }, /^HSTS_MAX_AGE must be a number of seconds/],
  ])('refuses %o', (env, message) => {
    expect(() => parseConfig({ DATA_DIR: tmp(), ...env })).toThrow(message);
  });
});
