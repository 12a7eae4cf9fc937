// The one place environment variables are read: parsed once with zod into a typed config object.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import net from 'node:net';
import { z } from 'zod';
import type { DbTarget } from '@/db/client';
import { DEFAULT_SITE_LOCALE, DEFAULT_SITE_TIME_ZONE, SITE_LOCALES, isTimeZone, type SiteLocale } from './site-locale';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const booleanFlag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), 'must be true or false')
  .transform((v) => ['true', '1', 'yes'].includes(v));

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a port number from 1 to 65535')
    .transform(Number)
    .pipe(z.number().min(1, 'must be a port number from 1 to 65535').max(65535, 'must be a port number from 1 to 65535'))
    .default(3000),
  DATA_DIR: z.string().trim().min(1, 'must not be empty').default('./.data'),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v) && URL.canParse(v), 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  SITE_URL: optionalText.pipe(
    z
      .string()
      .refine((v) => /^https?:\/\//.test(v) && URL.canParse(v), 'must be an absolute http(s) URL such as https://news.example.com')
      .optional(),
  ),
  AUTH_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters (try: openssl rand -base64 32)').optional()),
  ADMIN_EMAIL: optionalText.pipe(z.email('must be an email address').optional()),
  ADMIN_PASSWORD: optionalText.pipe(z.string().min(12, 'must be at least 12 characters').optional()),
  SEED_DEMO: optionalText.pipe(booleanFlag.optional()),
  REDIS_URL: optionalText.pipe(
    z
      .string()
      .refine((v) => /^rediss?:\/\/[^\s]+$/.test(v) && URL.canParse(v), 'must be a redis:// or rediss:// URL')
      .optional(),
  ),
  REDIS_PREFIX: optionalText,
  SCHEDULER_INTERVAL_MS: z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a number of milliseconds')
    .transform(Number)
    .pipe(z.number().min(1000, 'must be at least 1000').max(3_600_000, 'must be at most 3600000'))
    .default(15_000),
  DB_POOL_MAX: z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number of connections from 1 to 1000')
    .transform(Number)
    .pipe(z.number().min(1, 'must be a whole number of connections from 1 to 1000').max(1000, 'must be a whole number of connections from 1 to 1000'))
    .default(10),
  LOG_LEVEL: optionalText.pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).optional()),
  NEXT_DIST_DIR: optionalText,
  AUDIT_RETENTION_DAYS: z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number of days')
    .transform(Number)
    .pipe(z.number().min(30, 'must be at least 30 (days)').max(36_500, 'must be at most 36500 (days)'))
    .default(365),
  TRUSTED_PROXIES: optionalText.pipe(
    z
      .string()
      .refine((v) => v.split(',').every((part) => isAddressOrCidr(part.trim())), 'must be comma-separated IP addresses or CIDR ranges such as 10.0.0.0/8')
      .optional(),
  ),
  TRUSTED_PROXY_HOPS: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number of proxies')
      .transform(Number)
      .pipe(z.number().max(10, 'must be at most 10'))
      .optional(),
  ),
  HSTS_MAX_AGE: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a number of seconds (0 turns HSTS off)')
      .transform(Number)
      .optional(),
  ),
  HOT_PAGE_CACHE_MB: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number of megabytes (0 turns it off)')
      .transform(Number)
      .pipe(z.number().max(4096, 'must be at most 4096'))
      .optional(),
  ),
  SITE_TIME_ZONE: optionalText.pipe(z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin or UTC').optional()),
  SITE_LOCALE: optionalText.pipe(z.enum(SITE_LOCALES, { error: `must be one of ${SITE_LOCALES.join(', ')}` }).optional()),
  EDGE_PURGE_URLS: optionalText.pipe(
    z
      .string()
      .refine(
        (v) => v.split(',').every((u) => /^https?:\/\//.test(u.trim()) && URL.canParse(u.trim())),
        'must be a comma-separated list of http(s) URLs of edge caches, such as http://127.0.0.1:6081',
      )
      .optional(),
  ),
});

/** "203.0.113.7", "2001:db8::1", "10.0.0.0/8" or "2001:db8::/32". */
function isAddressOrCidr(value: string): boolean {
  const [address, bits, extra] = value.split('/');
  const family = net.isIP(address ?? '');
  if (!family || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * Which forwarded-for entries to believe (the per-address sign-in limit uses it). `none`: the socket
 * address only, since any client can send X-Forwarded-For when it reaches the server directly.
 */
export type ProxyTrust = { kind: 'none' } | { kind: 'addresses'; ranges: string[] } | { kind: 'hops'; hops: number };

export type AppConfig = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  siteUrl: string;
  authSecret: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  seedDemo: boolean;
  schedulerIntervalMs: number;
  /** PostgreSQL connections per app instance. */
  dbPoolMax: number;
  logLevel: LogLevel;
  /** Next's build folder (parallel builds each get their own). */
  nextDistDir: string;
  /** Audit-log entries older than this many days are pruned. */
  auditRetentionDays: number;
  proxyTrust: ProxyTrust;
  /** Strict-Transport-Security max-age in seconds, sent only when SITE_URL is https; 0 = not sent. */
  hstsMaxAge: number;
  /** Edge caches (Varnish) that every write purges by key; empty when there is no edge. */
  edgePurgeUrls: string[];
  /** Memory for public pages answered before Next's handler (lib/runtime/hot-pages.ts); 0 = off. */
  hotPageCacheMb: number;
  /** Redis that joins the live-editing servers of several instances (lib/collab); unset: one instance. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key and channel this installation uses (several may share one Redis). */
  redisPrefix: string;
  /** The newsroom's zone and language until an admin picks others in Settings (lib/settings/locale.ts). */
  siteTimeZone: string;
  siteLocale: SiteLocale;
};

/** Parses an environment; throws ConfigError with one line naming the bad setting. */
export function parseConfig(env: Record<string, string | undefined>, options: { createSecret?: boolean } = {}): AppConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const raw = env[name];
    const shown = name.includes('SECRET') || name.includes('PASSWORD') || raw === undefined ? '' : ` (got "${raw}")`;
    throw new ConfigError(`${name} ${issue.message}${shown}`);
  }
  const e = result.data;
  if (Boolean(e.ADMIN_EMAIL) !== Boolean(e.ADMIN_PASSWORD)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (e.TRUSTED_PROXIES && e.TRUSTED_PROXY_HOPS !== undefined) {
    throw new ConfigError('TRUSTED_PROXIES and TRUSTED_PROXY_HOPS are alternatives: set one of them');
  }
  const proxyTrust: ProxyTrust = e.TRUSTED_PROXIES
    ? { kind: 'addresses', ranges: e.TRUSTED_PROXIES.split(',').map((part) => part.trim()) }
    : e.TRUSTED_PROXY_HOPS
      ? { kind: 'hops', hops: e.TRUSTED_PROXY_HOPS }
      : { kind: 'none' };
  const dataDir = path.resolve(e.DATA_DIR);
  const siteUrl = (e.SITE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  let authSecret = e.AUTH_SECRET;
  if (!authSecret) {
    if (e.DATABASE_URL && e.NODE_ENV === 'production') {
      throw new ConfigError('AUTH_SECRET is required when DATABASE_URL is set in production (try: openssl rand -base64 32)');
    }
    authSecret = readOrCreateSecret(dataDir, options.createSecret ?? false);
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX ?? 'byline',
    siteUrl,
    authSecret,
    adminEmail: e.ADMIN_EMAIL?.toLowerCase(),
    adminPassword: e.ADMIN_PASSWORD,
    seedDemo: e.SEED_DEMO ?? true,
    schedulerIntervalMs: e.SCHEDULER_INTERVAL_MS,
    dbPoolMax: e.DB_POOL_MAX,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'warn' : 'info'),
    nextDistDir: e.NEXT_DIST_DIR ?? '.next',
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    proxyTrust,
    // A year by default, the common preload-list value; only https sites send it at all.
    hstsMaxAge: e.HSTS_MAX_AGE ?? 31_536_000,
    hotPageCacheMb: e.HOT_PAGE_CACHE_MB ?? 64,
    siteTimeZone: e.SITE_TIME_ZONE ?? DEFAULT_SITE_TIME_ZONE,
    siteLocale: e.SITE_LOCALE ?? DEFAULT_SITE_LOCALE,
    edgePurgeUrls: e.EDGE_PURGE_URLS ? [...new Set(e.EDGE_PURGE_URLS.split(',').map((u) => u.trim().replace(/\/+$/, '')))] : [],
  };
}

/** The embedded default keeps a generated secret beside the data, so sessions survive restarts. */
function readOrCreateSecret(dataDir: string, create: boolean): string {
  const file = path.join(dataDir, 'auth-secret');
  try {
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch {
    // missing: created below when allowed
  }
  if (!create) {
    // Build steps and tests without a data directory get a per-process secret; sessions do not matter there.
    return crypto.randomBytes(32).toString('base64url');
  }
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const secret = crypto.randomBytes(32).toString('base64url');
    fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8').trim();
    throw new ConfigError(`DATA_DIR is not writable: cannot create ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Where this process's database is: PostgreSQL when DATABASE_URL is set, else PGlite under DATA_DIR. */
export function databaseTarget(config: AppConfig): DbTarget {
  return config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl, poolMax: config.dbPoolMax } : { kind: 'pglite', dataDir: config.dataDir };
}

let cached: AppConfig | undefined;

/** The process-wide config; the start script has already validated it and created the secret. */
export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
