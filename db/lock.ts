// A lock file that lets exactly one process own an embedded database directory.
import fs from 'node:fs';
import os from 'node:os';
import { DbOpenError } from './client';

export type DirLock = { release: () => void };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDirLock(file: string): DirLock {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify({ pid: process.pid, host: os.hostname(), at: new Date().toISOString() }), { flag: 'wx' });
      const release = () => {
        try {
          const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number };
          if (owner.pid === process.pid) fs.rmSync(file);
        } catch {
          // already gone
        }
        process.off('exit', release);
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new DbOpenError(`DATA_DIR is not writable: cannot create ${file} (${(error as NodeJS.ErrnoException).code})`);
      }
      let owner: { pid?: number; host?: string } = {};
      try {
        owner = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch {
        // unreadable or half-written: treat as stale
      }
      const sameHost = !owner.host || owner.host === os.hostname();
      if (owner.pid && owner.pid !== process.pid && (!sameHost || isAlive(owner.pid))) {
        throw new DbOpenError(
          `The embedded database in ${file.replace(/\/pglite\.lock$/, '')} is in use by another process (pid ${owner.pid}${sameHost ? '' : ` on ${owner.host}`}). Stop it, or set DATA_DIR to another folder.`,
        );
      }
      // The owner is gone (crash, kill -9): the lock is stale.
      fs.rmSync(file, { force: true });
    }
  }
  throw new DbOpenError(`Could not take the lock ${file}`);
}
