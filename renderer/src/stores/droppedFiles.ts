/**
 * Importing files dropped on the window: which ones are career-path candidates, reading their
 * bytes, and walking a dropped folder. No React and no store here, so it can be tested alone.
 */
import type { FileImportResult, PlannerApi } from '../../../shared/contract';
import { MAX_IMPORT_BYTES } from '../../../shared/limits';
import {
  isFolderCareerPathFile,
  isMarkdownFileName,
  MAX_FOLDER_FILES,
} from '../../../shared/career-path-files';
import { fail, type AppError } from '../../../shared/result';

/** The part of a DOM `File` the import needs. */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
  /** Set when the drop itself already failed for this file or folder, saying why. */
  readonly refused?: AppError;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** The result for a file that is refused before it reaches the back end; null when it may go. */
export function refusalBeforeReading(file: DroppedFile): FileImportResult | null {
  if (!isMarkdownFileName(file.name)) {
    return {
      fileName: file.name,
      result: fail('not-a-career-path', 'Skipped: only markdown files (.md or .markdown) hold career paths.'),
    };
  }
  // Checked here as well so a huge file is never read into memory or sent across.
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      fileName: file.name,
      result: fail(
        'file-too-large',
        `This file is ${megabytes(file.size)}; career-path files can be at most ${megabytes(MAX_IMPORT_BYTES)}.`,
      ),
    };
  }
  return null;
}

/**
 * Imports the files one after another, so results come back in the order they were dropped
 * and the back end never parses two at once. `onProgress` hears after every file.
 */
export async function importDroppedFiles(
  files: readonly DroppedFile[],
  importCareerPath: PlannerApi['importCareerPath'],
  onProgress: (done: number) => void = () => undefined,
): Promise<FileImportResult[]> {
  const results: FileImportResult[] = [];
  for (const file of files) {
    results.push(await importOne(file, importCareerPath));
    onProgress(results.length);
  }
  return results;
}

async function importOne(
  file: DroppedFile,
  importCareerPath: PlannerApi['importCareerPath'],
): Promise<FileImportResult> {
  if (file.refused !== undefined)
    return { fileName: file.name, result: fail(file.refused.code, file.refused.message) };
  const refusal = refusalBeforeReading(file);
  if (refusal !== null) return refusal;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { fileName: file.name, result: fail('not-text', 'This file could not be read.') };
  }
  return { fileName: file.name, result: await importCareerPath({ fileName: file.name, bytes }) };
}

/** The subset of the File and Directory Entries API a drop hands over. */
export interface DroppedEntry {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly name: string;
}

export interface DroppedFileEntry extends DroppedEntry {
  file(onFile: (file: DroppedFile) => void, onError?: (error: unknown) => void): void;
}

export interface DroppedDirectoryEntry extends DroppedEntry {
  createReader(): {
    readEntries(onEntries: (entries: DroppedEntry[]) => void, onError?: (error: unknown) => void): void;
  };
}

/** One dropped thing: an entry when the browser gives one (a real drag), else just the file. */
export interface DroppedItem {
  entry: DroppedEntry | null;
  file: DroppedFile | null;
}

function isFileEntry(entry: DroppedEntry): entry is DroppedFileEntry {
  return entry.isFile;
}

function isDirectoryEntry(entry: DroppedEntry): entry is DroppedDirectoryEntry {
  return entry.isDirectory;
}

/** Stands in for a file or folder the drop could not deliver, so it still gets a result row. */
function refusedEntry(name: string, refused: AppError): DroppedFile {
  return { name, size: 0, arrayBuffer: () => Promise.reject(new Error(refused.message)), refused };
}

function fileOf(entry: DroppedFileEntry): Promise<DroppedFile> {
  return new Promise<DroppedFile>((resolve, reject) => entry.file(resolve, reject)).catch(() =>
    refusedEntry(entry.name, { code: 'not-text', message: 'This file could not be read.' }),
  );
}

/** A reader hands out a directory's entries in batches (about 100 in Chromium) until an empty one. */
async function entriesOf(directory: DroppedDirectoryEntry): Promise<DroppedEntry[]> {
  const reader = directory.createReader();
  const all: DroppedEntry[] = [];
  for (;;) {
    const batch = await new Promise<DroppedEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/**
 * The markdown files directly inside a dropped folder, in name order, the way "Import folder…"
 * picks them: sub-folders are not searched. A folder with none, or too many, gives one row.
 */
async function filesOfFolder(folder: DroppedDirectoryEntry): Promise<DroppedFile[]> {
  let children: DroppedEntry[];
  try {
    children = await entriesOf(folder);
  } catch {
    return [
      refusedEntry(folder.name, {
        code: 'not-text',
        message: `The folder ${folder.name} could not be read.`,
      }),
    ];
  }
  const candidates = children
    .filter(isFileEntry)
    .filter((entry) => isFolderCareerPathFile(entry.name))
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
  if (candidates.length === 0) {
    return [
      refusedEntry(folder.name, {
        code: 'not-found',
        message: `The folder ${folder.name} has no markdown files (.md or .markdown).`,
      }),
    ];
  }
  if (candidates.length > MAX_FOLDER_FILES) {
    return [
      refusedEntry(folder.name, {
        code: 'invalid-argument',
        message: `The folder ${folder.name} has ${candidates.length} markdown files; StudyPath imports at most ${MAX_FOLDER_FILES} at a time.`,
      }),
    ];
  }
  const files: DroppedFile[] = [];
  for (const entry of candidates) files.push(await fileOf(entry));
  return files;
}

/** The files of a drop, in order: dropped files as they are, a dropped folder's markdown files. */
export async function filesOfDrop(items: readonly DroppedItem[]): Promise<DroppedFile[]> {
  const files: DroppedFile[] = [];
  for (const { entry, file } of items) {
    if (entry !== null && isDirectoryEntry(entry)) files.push(...(await filesOfFolder(entry)));
    else if (file !== null) files.push(file);
    else if (entry !== null && isFileEntry(entry)) files.push(await fileOf(entry));
  }
  return files;
}
