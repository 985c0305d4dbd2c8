/**
 * The desktop side of moving data between computers: choosing an export to read and saving a
 * new one. Electron's dialogs and the file system come in through DataFileHost, so both flows
 * can be tested in plain Node.
 */
import { MAX_DATA_IMPORT_BYTES, type PlannerService, type SaveOutcome } from '../../shared/contract';
import { fail, ok, type Result } from '../../shared/result';

export interface DataFileHost {
  /** The chosen file's path, or null when the person canceled. */
  chooseFileToOpen(): Promise<string | null>;
  chooseSavePath(suggestedFileName: string): Promise<string | null>;
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  log(message: string, detail?: unknown): void;
}

/** The file name alone, for either path separator (the dialog answers in the OS's style). */
function baseName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}

export async function pickDataFile(
  host: DataFileHost,
): Promise<Result<{ fileName: string; bytes: Uint8Array } | null>> {
  const filePath = await host.chooseFileToOpen();
  if (filePath === null) return ok(null);
  const fileName = baseName(filePath);
  try {
    const info = await host.stat(filePath);
    if (!info.isFile()) return fail('invalid-argument', `${fileName} is not a file.`);
    // Checked before reading, so a huge file never has to fit in memory.
    if (info.size > MAX_DATA_IMPORT_BYTES) {
      const limitMb = Math.round(MAX_DATA_IMPORT_BYTES / (1024 * 1024));
      return fail(
        'file-too-large',
        `${fileName} is larger than ${limitMb} MB, too large to be a StudyPath export.`,
      );
    }
    const raw = await host.readFile(filePath);
    // A plain Uint8Array view: the contract's schema accepts exactly that type.
    return ok({ fileName, bytes: new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength) });
  } catch (error) {
    host.log(`could not read ${filePath}`, error);
    return fail('storage-failed', `${fileName} could not be read.`);
  }
}

export async function saveDataExport(
  service: PlannerService,
  host: DataFileHost,
): Promise<Result<SaveOutcome>> {
  const exported = service.exportData({});
  if (!exported.ok) return exported;
  const filePath = await host.chooseSavePath(exported.value.suggestedFileName);
  if (filePath === null) return ok({ status: 'canceled' });
  try {
    await host.writeFile(filePath, exported.value.json);
  } catch (error) {
    host.log(`data export to ${filePath} failed`, error);
    return fail(
      'export-failed',
      'Your data could not be saved there. Check that the folder is writable and try again.',
    );
  }
  return ok({ status: 'saved', fileName: baseName(filePath) });
}
