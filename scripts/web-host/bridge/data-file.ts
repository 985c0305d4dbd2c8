import { MAX_DATA_IMPORT_BYTES } from '../../../shared/limits';
import { fail, ok, type Result } from '../../../shared/result';

/** The browser stand-in for the native open dialog: a hidden file input for one JSON file. */
function chooseFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.hidden = true;
    const finish = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => finish(null));
    document.body.append(input);
    input.click();
  });
}

export async function pickDataFile(): Promise<Result<{ fileName: string; bytes: Uint8Array } | null>> {
  const file = await chooseFile();
  if (file === null) return ok(null);
  // The size is known before reading, so a huge file is never loaded.
  if (file.size > MAX_DATA_IMPORT_BYTES) {
    const limitMb = Math.round(MAX_DATA_IMPORT_BYTES / (1024 * 1024));
    return fail(
      'file-too-large',
      `${file.name} is larger than ${limitMb} MB, too large to be a StudyPath export.`,
    );
  }
  try {
    return ok({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  } catch {
    return fail('storage-failed', `${file.name} could not be read.`);
  }
}
