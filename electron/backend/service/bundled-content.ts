import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileImportResult } from '../../../shared/contract';
import type { ImportStatus } from '../../../shared/domain';
import { fail } from '../../../shared/result';
import type { Clock } from '../clock';
import type { Database } from '../db';
import { removePathFromLibrary } from '../repo/path-removal';
import { listPathFilesFrom } from '../repo/paths';
import { importPathDocument } from './path-import';

export type BundledFileStatus = ImportStatus | 'failed';

/** What happened to one file of the bundled library. */
export interface BundledFileSync extends FileImportResult {
  status: BundledFileStatus;
}

export type SyncLogger = (message: string) => void;

const logToConsole: SyncLogger = (message) => console.info(message);

function isBundledFile(name: string): boolean {
  return name.toLowerCase().endsWith('.md') && !name.startsWith('.');
}

function syncFile(db: Database, contentDir: string, fileName: string, clock: Clock): BundledFileSync {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(contentDir, fileName));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      fileName,
      status: 'failed',
      result: fail('storage-failed', `Cannot read ${fileName}: ${reason}`),
    };
  }
  const result = importPathDocument(db, fileName, bytes, 'bundled', clock);
  return { fileName, status: result.ok ? result.value.status : 'failed', result };
}

/**
 * Bundled paths this version no longer ships. A path whose file is still there but failed to
 * load stays as it was: a bad file in an update must not take a path away from people.
 */
function removeUnshippedPaths(db: Database, files: readonly BundledFileSync[]): string[] {
  const shipped = new Set(files.flatMap((file) => (file.result.ok ? [file.result.value.pathId] : [])));
  const unreadable = new Set(files.filter((file) => !file.result.ok).map((file) => file.fileName));
  const removed: string[] = [];
  for (const row of listPathFilesFrom(db, 'bundled')) {
    if (shipped.has(row.id) || unreadable.has(row.file_name)) continue;
    removePathFromLibrary(db, row.id, 'keep');
    removed.push(row.id);
  }
  return removed;
}

function summary(files: readonly BundledFileSync[], removed: readonly string[], ms: number): string {
  const counts = new Map<BundledFileStatus, number>();
  for (const file of files) counts.set(file.status, (counts.get(file.status) ?? 0) + 1);
  const parts = (['imported', 'updated', 'unchanged', 'failed'] as const).map(
    (status) => `${counts.get(status) ?? 0} ${status}`,
  );
  const removedPart = removed.length === 0 ? '' : `; removed ${removed.join(', ')}`;
  return `Bundled library: ${files.length} files in ${ms.toFixed(1)} ms (${parts.join(', ')}${removedPart})`;
}

/**
 * Brings the database up to date with the bundled library (every `*.md` in `contentDir`), in
 * one transaction. Unchanged files are recognised by hash, so a normal start parses nothing;
 * paths whose files are gone leave the library while plans built from them stay.
 */
export function syncBundledContent(
  db: Database,
  contentDir: string,
  clock: Clock,
  log: SyncLogger = logToConsole,
): BundledFileSync[] {
  if (!existsSync(contentDir)) {
    log(`Bundled library: no content folder at ${contentDir}; nothing changed`);
    return [];
  }
  const started = performance.now();
  const fileNames = readdirSync(contentDir).filter(isBundledFile).sort();
  const { files, removed } = db.transaction(() => {
    const synced = fileNames.map((fileName) => syncFile(db, contentDir, fileName, clock));
    return { files: synced, removed: removeUnshippedPaths(db, synced) };
  })();
  log(summary(files, removed, performance.now() - started));
  return files;
}
