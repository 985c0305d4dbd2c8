/**
 * Imports the files a person picked in the open dialog, or every markdown file of a folder.
 * Each file is checked by size before it is read, so a huge file is refused without loading
 * it into memory.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  MAX_IMPORT_BYTES,
  serviceChanges,
  type FileImportResult,
  type PlannerService,
} from '../../../shared/contract';
import { isFolderCareerPathFile, MAX_FOLDER_FILES } from '../../../shared/career-path-files';
import { fail, type Result } from '../../../shared/result';
import type { ImportOutcome } from '../../../shared/domain';
import type { DispatchHooks } from './service-dispatch';

export interface ImportFileSystem {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array<ArrayBuffer>>;
}

export interface FolderEntry {
  name: string;
  isFile(): boolean;
  isSymbolicLink(): boolean;
}

export interface FolderFileSystem extends ImportFileSystem {
  readdir(path: string): Promise<FolderEntry[]>;
}

const nodeFileSystem: FolderFileSystem = {
  stat,
  readFile,
  readdir: (path) => readdir(path, { withFileTypes: true }),
};

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

function folderRefusal(folderName: string, result: Result<ImportOutcome>): FileImportResult[] {
  return [{ fileName: folderName, result }];
}

/**
 * Imports every markdown file directly inside `folderPath` (sub-folders are not searched), in
 * name order, each with its own result. A folder that cannot be read, has no markdown files or
 * has too many gives one result naming the folder, and nothing is imported.
 */
export async function importCareerPathFolder(
  folderPath: string,
  service: PlannerService,
  hooks: DispatchHooks,
  fs: FolderFileSystem = nodeFileSystem,
): Promise<FileImportResult[]> {
  const folderName = basename(folderPath) || folderPath;
  let entries: FolderEntry[];
  try {
    entries = await fs.readdir(folderPath);
  } catch (error) {
    hooks.log(`could not list ${folderPath}`, error);
    return folderRefusal(folderName, fail('storage-failed', `The folder ${folderName} could not be read.`));
  }
  const names = entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && isFolderCareerPathFile(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  if (names.length === 0) {
    return folderRefusal(
      folderName,
      fail('not-found', `The folder ${folderName} has no markdown files (.md or .markdown).`),
    );
  }
  if (names.length > MAX_FOLDER_FILES) {
    return folderRefusal(
      folderName,
      fail(
        'invalid-argument',
        `The folder ${folderName} has ${names.length} markdown files; StudyPath imports at most ${MAX_FOLDER_FILES} at a time. Choose a folder with only your career paths.`,
      ),
    );
  }
  return importCareerPathFiles(
    names.map((name) => join(folderPath, name)),
    service,
    hooks,
    fs,
  );
}
