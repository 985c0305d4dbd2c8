/** Electron's save dialog for a plan's calendar, wired into the platform handlers. */
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlannerService } from '../../shared/contract';
import { savePlanIcs, type CalendarFileHost } from './calendar-file';
import type { PlatformHandlers } from './ipc/register-ipc';
import { logMain } from './log';

function electronCalendarHost(parentWindow: () => BrowserWindow | null): CalendarFileHost {
  return {
    async chooseSavePath(suggestedFileName) {
      const options: SaveDialogOptions = {
        title: 'Export calendar',
        defaultPath: join(app.getPath('documents'), suggestedFileName),
        filters: [{ name: 'Calendar (iCalendar)', extensions: ['ics'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = parentWindow();
      const choice = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    log: logMain,
  };
}

export function calendarFileHandlers(deps: {
  service: PlannerService;
  parentWindow(): BrowserWindow | null;
}): Pick<PlatformHandlers, 'savePlanIcs'> {
  const host = electronCalendarHost(() => deps.parentWindow());
  return { savePlanIcs: (input) => savePlanIcs(deps.service, host, input) };
}
