import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileImportResult } from '../../../shared/contract';
import { fail } from '../../../shared/result';
import type { Clock } from '../clock';
import type { Database } from '../db';
import { importPathDocument } from './path-import';

/**
 * Brings the database up to date with the bundled library (every `*.md` in `contentDir`).
 * Unchanged files are skipped by hash, so a normal start parses nothing.
 */
export function syncBundledContent(db: Database, contentDir: string, clock: Clock): FileImportResult[] {
  if (!existsSync(contentDir)) return [];
  const fileNames = readdirSync(contentDir)
    .filter((name) => name.toLowerCase().endsWith('.md'))
    .sort();
  return fileNames.map((fileName) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(contentDir, fileName));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { fileName, result: fail('storage-failed', `Cannot read ${fileName}: ${reason}`) };
    }
    return { fileName, result: importPathDocument(db, fileName, bytes, 'bundled', clock) };
  });
}
