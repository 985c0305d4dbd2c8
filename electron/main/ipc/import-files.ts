/**
 * Imports the files a person picked in the open dialog. Each file is checked by size before
 * it is read, so a huge file is refused without loading it into memory.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  MAX_IMPORT_BYTES,
  serviceChanges,
  type FileImportResult,
  type PlannerService,
} from '../../../shared/contract';
import { fail, type Result } from '../../../shared/result';
import type { ImportOutcome } from '../../../shared/domain';
import type { DispatchHooks } from './service-dispatch';

export interface ImportFileSystem {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array<ArrayBuffer>>;
}

const nodeFileSystem: ImportFileSystem = { stat, readFile };

export async function importCareerPathFiles(
  filePaths: readonly string[],
  service: PlannerService,
  hooks: DispatchHooks,
  fs: ImportFileSystem = nodeFileSystem,
): Promise<FileImportResult[]> {
  const results: FileImportResult[] = [];
  for (const filePath of filePaths) {
    const fileName = basename(filePath);
    results.push({ fileName, result: await importOneFile(filePath, fileName, service, hooks, fs) });
  }
  if (results.some((entry) => entry.result.ok)) hooks.onDataChanged([...serviceChanges.importCareerPath]);
  return results;
}

async function importOneFile(
  filePath: string,
  fileName: string,
  service: PlannerService,
  hooks: DispatchHooks,
  fs: ImportFileSystem,
): Promise<Result<ImportOutcome>> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const info = await fs.stat(filePath);
    if (!info.isFile()) return fail('not-a-career-path', `${fileName} is not a file.`);
    if (info.size > MAX_IMPORT_BYTES) {
      return fail('file-too-large', `${fileName} is larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB.`);
    }
    const raw = await fs.readFile(filePath);
    // A plain Uint8Array view: the contract's schema accepts exactly that type.
    bytes = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  } catch (error) {
    hooks.log(`could not read ${filePath}`, error);
    return fail('storage-failed', `${fileName} could not be read.`);
  }
  try {
    return service.importCareerPath({ fileName, bytes });
  } catch (error) {
    hooks.log(`importing ${fileName} threw`, error);
    return fail('internal', `${fileName} could not be imported.`);
  }
}
