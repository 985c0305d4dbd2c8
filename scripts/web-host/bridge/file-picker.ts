import type { FileImportResult } from '../../../shared/contract';
import { fail } from '../../../shared/result';
import { serviceClient } from './service-client';

/** The browser stand-in for the native open dialog: a hidden file input, multiple markdown files. */
function chooseFiles(): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = '.md,.markdown,text/markdown';
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

async function importFile(file: File): Promise<FileImportResult> {
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

/** Imports one file after another so results come back in the order the files were chosen. */
export async function pickAndImportCareerPaths(): Promise<FileImportResult[]> {
  const files = await chooseFiles();
  const results: FileImportResult[] = [];
  for (const file of files) results.push(await importFile(file));
  return results;
}
