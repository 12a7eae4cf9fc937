// What every benchmark script sets up the same way: a production build when the sources are newer, and
// a PostgreSQL database of its own on the server a URL names, dropped at the end.
import crypto from 'node:crypto';
import os from 'node:os';
import { openDb } from '@/db/client';
import { needsBuild } from '../scripts/build-if-needed';
import { runNextToEnd } from '../scripts/next-bin';

/** Builds unless the build is newer than the sources. */
export async function buildIfNeeded(distDir: string, log: (message: string) => void): Promise<void> {
  if (!needsBuild(distDir)) return;
  log('building');
  // The configuration asks for a secret whenever DATABASE_URL is set; the build itself keeps none.
  await runNextToEnd(['build'], { ...process.env, NODE_ENV: 'production', AUTH_SECRET: process.env.AUTH_SECRET || crypto.randomBytes(32).toString('base64url') });
}

export type ScratchDatabase = { url: string; drop: () => Promise<void> };

/**
 * A new, empty database on the server `serverUrl` names. Its name starts with the named database's, so
 * a shared server tells its users' scratch databases apart.
 */
export async function createScratchDatabase(serverUrl: string, purpose: string): Promise<ScratchDatabase> {
  const name = `${new URL(serverUrl).pathname.slice(1).replace(/\W/g, '_') || 'byline'}_${purpose}_${Date.now()}`;
  const admin = await openDb({ kind: 'postgres', url: serverUrl });
  await admin.pool!.query(`create database ${name}`);
  await admin.close();
  return {
    url: Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString(),
    drop: async () => {
      const cleanup = await openDb({ kind: 'postgres', url: serverUrl });
      await cleanup.pool!.query(`drop database if exists ${name} with (force)`);
      await cleanup.close();
    },
  };
}

/** The load averages (1, 5, 15 min), for the record beside each figure. */
export const loadAverage = () => os.loadavg().map((n) => n.toFixed(2)).join(' / ');
