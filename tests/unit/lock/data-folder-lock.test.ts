import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { acquireDataFolderLock, DataFolderLockedError, LOCK_DIR_NAME } from '../../../electron/backend/lock';
import { LOCK_OWNER_FILE_NAME } from '../../../electron/backend/lock/data-folder-lock';
import { describeStartupFailure } from '../../../electron/main/startup-failure';
import { repoRoot } from '../../helpers/corpus';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
const lockModule = join(repoRoot, 'electron/backend/lock/index.ts');

function lockedError(run: () => unknown): DataFolderLockedError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataFolderLockedError) return error;
    throw error;
  }
  throw new Error('expected the data folder to be locked');
}

/** Another process holding the lock until it is killed; resolves with its pid once it holds it. */
async function holdLockInAnotherProcess(dataDir: string) {
  const script = `
    const { acquireDataFolderLock } = await import(${JSON.stringify(lockModule)});
    acquireDataFolderLock(${JSON.stringify(dataDir)});
    console.log('locked');
    setInterval(() => undefined, 1000);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  onTestFinished(() => void child.kill('SIGKILL'));
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (chunk.includes('locked')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  return {
    pid: child.pid ?? 0,
    kill: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

describe('the data-folder lock', () => {
  it('refuses a second holder and names the process that has it', () => {
    const dataDir = tempDir();
    const lock = acquireDataFolderLock(dataDir);
    onTestFinished(() => lock.release());
    const error = lockedError(() => acquireDataFolderLock(dataDir));
    expect(error.ownerPid).toBe(process.pid);
    expect(error.message).toBe(`StudyPath is already running with this data folder (pid ${process.pid}).`);
  });

  it('lets the next holder in once released, and tidies up after itself', () => {
    const dataDir = tempDir();
    const first = acquireDataFolderLock(dataDir);
    first.release();
    first.release();
    expect(existsSync(join(dataDir, LOCK_DIR_NAME))).toBe(false);
    expect(existsSync(join(dataDir, LOCK_OWNER_FILE_NAME))).toBe(false);
    acquireDataFolderLock(dataDir).release();
  });

  it('creates a data folder that does not exist yet', () => {
    const dataDir = join(tempDir(), 'new', 'folder');
    acquireDataFolderLock(dataDir).release();
    expect(existsSync(dataDir)).toBe(true);
  });

  it('takes over a lock nobody has refreshed for a while (a holder that crashed)', () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, LOCK_DIR_NAME));
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(join(dataDir, LOCK_DIR_NAME), longAgo, longAgo);
    acquireDataFolderLock(dataDir).release();
  });

  it('takes over at once from a holder on this machine whose process has ended', () => {
    const dataDir = tempDir();
    const ended = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    const endedPid = Number(ended.stdout.trim());
    mkdirSync(join(dataDir, LOCK_DIR_NAME));
    writeFileSync(join(dataDir, LOCK_OWNER_FILE_NAME), JSON.stringify({ pid: endedPid, host: hostname() }));
    acquireDataFolderLock(dataDir).release();
  });

  it('is respected across processes, and freed when the holder is killed', async () => {
    const dataDir = tempDir();
    const holder = await holdLockInAnotherProcess(dataDir);
    expect(lockedError(() => acquireDataFolderLock(dataDir)).ownerPid).toBe(holder.pid);
    await holder.kill();
    acquireDataFolderLock(dataDir).release();
  });

  it('stops a second browser host on the same folder with a clear message', async () => {
    const dataDir = tempDir();
    const lock = acquireDataFolderLock(dataDir);
    onTestFinished(() => lock.release());
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(repoRoot, 'scripts/web-host/cli.ts'), '--no-open', '--data-dir', dataDir],
        { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.once('exit', (code) => resolve({ code, stderr }));
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      `StudyPath is already running with this data folder (pid ${process.pid})`,
    );
  });

  it('becomes a start-up message in the desktop app', () => {
    const failure = describeStartupFailure(
      new DataFolderLockedError('/home/me/.config/StudyPath', 4242),
      '/x',
    );
    expect(failure.title).toBe('StudyPath is already running');
    expect(failure.message).toContain('(pid 4242)');
    expect(failure.message).toContain('/home/me/.config/StudyPath');
  });
});
