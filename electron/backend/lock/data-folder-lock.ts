/**
 * One process at a time per data folder: two writers on one SQLite file (the app and the
 * browser host, or two hosts) would each cache and overwrite the other's view of the data.
 * The lock is proper-lockfile's directory (atomic mkdir, kept fresh by its mtime); beside it
 * the holder records its pid, to name it in the message and to notice a holder that died.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { lockSync } from 'proper-lockfile';
import { DataFolderLockedError } from './errors';

export const LOCK_DIR_NAME = 'studypath.lock';
export const LOCK_OWNER_FILE_NAME = 'studypath.lock.owner.json';

/** A holder that stops refreshing its lock for this long (a crash) loses it to the next start. */
const STALE_AFTER_MS = 10_000;

export interface DataFolderLock {
  readonly dataDir: string;
  /** Gives the folder back; safe to call more than once. */
  release(): void;
}

export interface LockOptions {
  /** Called if another process took the lock over after this one stalled past the stale limit. */
  onCompromised?: (error: Error) => void;
}

interface LockOwner {
  pid: number;
  host: string;
}

function readOwner(file: string): LockOwner | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { pid, host } = parsed as Record<string, unknown>;
    return typeof pid === 'number' && Number.isInteger(pid) && pid > 0 && typeof host === 'string'
      ? { pid, host }
      : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isLockedError(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ELOCKED';
}

/** A holder on this machine whose process has ended left its lock behind; on another machine we cannot tell. */
function heldByEndedProcess(owner: LockOwner | null): boolean {
  return owner !== null && owner.host === hostname() && owner.pid !== process.pid && !isRunning(owner.pid);
}

/**
 * Takes the data folder for this process, creating the folder if needed. Throws
 * DataFolderLockedError when another running StudyPath holds it.
 */
export function acquireDataFolderLock(dataDir: string, options: LockOptions = {}): DataFolderLock {
  mkdirSync(dataDir, { recursive: true });
  const lockfilePath = join(dataDir, LOCK_DIR_NAME);
  const ownerFile = join(dataDir, LOCK_OWNER_FILE_NAME);
  const take = () =>
    lockSync(dataDir, {
      lockfilePath,
      stale: STALE_AFTER_MS,
      onCompromised:
        options.onCompromised ?? ((error) => console.error('StudyPath lost its data folder lock:', error)),
    });

  let unlock: () => void;
  try {
    unlock = take();
  } catch (error) {
    if (!isLockedError(error)) throw error;
    const owner = readOwner(ownerFile);
    if (!heldByEndedProcess(owner)) throw new DataFolderLockedError(dataDir, owner?.pid ?? null);
    rmSync(lockfilePath, { recursive: true, force: true });
    try {
      unlock = take();
    } catch (retryError) {
      if (!isLockedError(retryError)) throw retryError;
      throw new DataFolderLockedError(dataDir, readOwner(ownerFile)?.pid ?? null);
    }
  }
  const me: LockOwner = { pid: process.pid, host: hostname() };
  writeFileSync(ownerFile, JSON.stringify(me));

  let released = false;
  return {
    dataDir,
    release() {
      if (released) return;
      released = true;
      if (readOwner(ownerFile)?.pid === me.pid) rmSync(ownerFile, { force: true });
      try {
        unlock();
      } catch (error) {
        // Already taken over or removed: there is nothing left to give back.
        if ((error as NodeJS.ErrnoException).code !== 'ERELEASED') throw error;
      }
    },
  };
}
