import { isFolderCareerPathFile, MAX_FOLDER_FILES } from '../../../shared/career-path-files';
import type { FileImportResult } from '../../../shared/contract';
import { MAX_IMPORT_BYTES } from '../../../shared/limits';
import type { ImportOutcome } from '../../../shared/domain';
import { fail, type Result } from '../../../shared/result';
import { serviceClient } from './service-client';

/**
 * The browser stand-in for the native open dialog: a hidden file input, multiple markdown
 * files, or with `folder` a whole directory (the browser then lists every file under it).
 */
function chooseFiles(folder: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    if (folder) input.webkitdirectory = true;
    else input.accept = '.md,.markdown,text/markdown';
    input.hidden = true;
    const finish = (files: File[]): void => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish([...(input.files ?? [])]));
    input.addEventListener('cancel', () => finish([]));
    document.body.append(input);
    input.click();
  });
}

type ChosenFile = Pick<File, 'name' | 'webkitRelativePath'>;

/**
 * The markdown files directly inside the chosen folder, in name order, as the desktop app
 * picks them: sub-folders and hidden files are left out.
 */
export function folderMarkdownFiles<F extends ChosenFile>(files: readonly F[]): F[] {
  return (
    files
      // "folder/name.md": the chosen folder is the only one above the file.
      .filter((file) => file.webkitRelativePath.split('/').length <= 2)
      .filter((file) => isFolderCareerPathFile(file.name))
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }))
  );
}

function folderNameOf(files: readonly ChosenFile[]): string {
  return files[0]?.webkitRelativePath.split('/')[0] || 'the folder';
}

async function importFile(file: File): Promise<FileImportResult> {
  // Checked before reading, so a huge file never has to fit in memory.
  if (file.size > MAX_IMPORT_BYTES) {
    const limit = MAX_IMPORT_BYTES / (1024 * 1024);
    return {
      fileName: file.name,
      result: fail('file-too-large', `${file.name} is larger than ${limit} MB.`),
    };
  }
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { fileName: file.name, result: fail('not-text', `${file.name} could not be read.`) };
  }
  return {
    fileName: file.name,
    result: await serviceClient.importCareerPath({ fileName: file.name, bytes }),
  };
}

function folderRefusal(chosen: readonly File[], markdownCount: number): Result<ImportOutcome> | null {
  const folderName = folderNameOf(chosen);
  if (markdownCount === 0) {
    return fail('not-found', `The folder ${folderName} has no markdown files (.md or .markdown).`);
  }
  if (markdownCount > MAX_FOLDER_FILES) {
    return fail(
      'invalid-argument',
      `The folder ${folderName} has ${markdownCount} markdown files; StudyPath imports at most ${MAX_FOLDER_FILES} at a time. Choose a folder with only your career paths.`,
    );
  }
  return null;
}

/** Imports one file after another so results come back in the order the files were chosen. */
export async function pickAndImportCareerPaths(input?: { folder?: boolean }): Promise<FileImportResult[]> {
  const folder = input?.folder === true;
  const chosen = await chooseFiles(folder);
  if (chosen.length === 0) return [];
  const files = folder ? folderMarkdownFiles(chosen) : chosen;
  const refusal = folder ? folderRefusal(chosen, files.length) : null;
  if (refusal !== null) return [{ fileName: folderNameOf(chosen), result: refusal }];
  const results: FileImportResult[] = [];
  for (const file of files) results.push(await importFile(file));
  return results;
}
