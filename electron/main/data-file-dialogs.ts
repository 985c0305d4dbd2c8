/** Electron's open and save dialogs for data exports, wired into the platform handlers. */
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlannerService } from '../../shared/contract';
import { fail } from '../../shared/result';
import { pickDataFile, saveDataExport, type DataFileHost } from './data-files';
import type { PlatformHandlers } from './ipc/register-ipc';
import { logMain } from './log';

const jsonFilter = { name: 'StudyPath data (JSON)', extensions: ['json'] };

function electronDataFileHost(parentWindow: () => BrowserWindow | null): DataFileHost {
  return {
    async chooseFileToOpen() {
      const options: OpenDialogOptions = {
        title: 'Import StudyPath data',
        buttonLabel: 'Choose',
        properties: ['openFile'],
        filters: [jsonFilter],
      };
      const parent = parentWindow();
      const choice = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
    async chooseSavePath(suggestedFileName) {
      const options: SaveDialogOptions = {
        title: 'Export all my data',
        defaultPath: join(app.getPath('documents'), suggestedFileName),
        filters: [jsonFilter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = parentWindow();
      const choice = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
    stat,
    readFile,
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    log: logMain,
  };
}

export function dataFileHandlers(deps: {
  service: PlannerService;
  parentWindow(): BrowserWindow | null;
}): Pick<PlatformHandlers, 'pickDataFile' | 'saveDataExport'> {
  const host = electronDataFileHost(() => deps.parentWindow());
  // Both take no argument: one sent anyway is not from the app's own bridge.
  const refuse = (method: string) => {
    logMain(`${method} refused: invalid argument`);
    return Promise.resolve(fail('invalid-argument', 'This request was not understood.'));
  };
  return {
    pickDataFile: (input) => (input === undefined ? pickDataFile(host) : refuse('pickDataFile')),
    saveDataExport: (input) =>
      input === undefined ? saveDataExport(deps.service, host) : refuse('saveDataExport'),
  };
}
