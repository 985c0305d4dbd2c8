/** The platform half of the API, implemented with Electron's dialogs, print engine and shell. */
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { PlannerService } from '../../shared/contract';
import { fail, ok } from '../../shared/result';
import { calendarFileHandlers } from './calendar-file-dialog';
import { dataFileHandlers } from './data-file-dialogs';
import { importCareerPathFiles, importCareerPathFolder } from './ipc/import-files';
import type { PlatformHandlers } from './ipc/register-ipc';
import type { DispatchHooks } from './ipc/service-dispatch';
import { logMain } from './log';
import { exportPlanPdf } from './pdf/export-plan-pdf';
import { printHtmlToPdf } from './pdf/print-html-to-pdf';
import { openInSystemBrowser } from './web-contents-guard';

export interface PlatformDeps {
  service: PlannerService;
  /** The window dialogs belong to; null while it is being re-created. */
  parentWindow(): BrowserWindow | null;
  hooks: DispatchHooks;
}

const openExternalInput = z.object({ url: z.string().max(4000) }).strict();
const pickCareerPathsInput = z.object({ folder: z.boolean().optional() }).strict().optional();

export function createPlatformHandlers(deps: PlatformDeps): PlatformHandlers {
  return {
    async pickAndImportCareerPaths(input) {
      const parsed = pickCareerPathsInput.safeParse(input);
      if (!parsed.success) {
        logMain('pickAndImportCareerPaths refused: invalid argument');
        return [];
      }
      const folder = parsed.data?.folder === true;
      const options: OpenDialogOptions = folder
        ? {
            title: 'Import a folder of career paths',
            buttonLabel: 'Import folder',
            properties: ['openDirectory'],
          }
        : {
            title: 'Import career paths',
            buttonLabel: 'Import',
            properties: ['openFile', 'multiSelections'],
            filters: [{ name: 'Career path (Markdown)', extensions: ['md', 'markdown'] }],
          };
      const parent = deps.parentWindow();
      const choice = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      if (choice.canceled) return [];
      const [chosenFolder] = choice.filePaths;
      if (!folder) return importCareerPathFiles(choice.filePaths, deps.service, deps.hooks);
      return chosenFolder === undefined ? [] : importCareerPathFolder(chosenFolder, deps.service, deps.hooks);
    },

    ...dataFileHandlers(deps),
    ...calendarFileHandlers(deps),

    exportPlanPdf(input) {
      return exportPlanPdf(
        deps.service,
        {
          async chooseSavePath(suggestedFileName) {
            const options: SaveDialogOptions = {
              title: 'Export plan as PDF',
              defaultPath: join(app.getPath('documents'), suggestedFileName),
              filters: [{ name: 'PDF document', extensions: ['pdf'] }],
              properties: ['createDirectory', 'showOverwriteConfirmation'],
            };
            const parent = deps.parentWindow();
            const choice = parent
              ? await dialog.showSaveDialog(parent, options)
              : await dialog.showSaveDialog(options);
            return choice.canceled || !choice.filePath ? null : choice.filePath;
          },
          printHtmlToPdf,
          writeFile: (path, bytes) => writeFile(path, bytes),
          now: () => new Date(),
          log: logMain,
        },
        input,
      );
    },

    async openExternal(input) {
      const parsed = openExternalInput.safeParse(input);
      if (!parsed.success) {
        logMain('openExternal refused: invalid argument');
        return fail('invalid-argument', 'That link could not be opened.');
      }
      return ok({ opened: await openInSystemBrowser(parsed.data.url) });
    },
  };
}
