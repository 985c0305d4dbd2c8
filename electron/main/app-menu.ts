/**
 * The application menu: the usual desktop commands with their usual shortcuts. Commands that
 * belong to the page are sent to it as `command` events; the rest are Electron roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/contract';

export interface MenuOptions {
  isMac: boolean;
  /** Development builds get reload and developer tools. */
  isDevelopment: boolean;
  send(command: AppCommand): void;
}

export function buildMenuTemplate({ isMac, isDevelopment, send }: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, name: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => send(name),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const preferences = command(isMac ? 'Settings…' : 'Preferences…', 'preferences', 'CmdOrCtrl+,');
  const about = command('About StudyPath', 'about');

  const appMenu: MenuItemConstructorOptions = {
    label: 'StudyPath',
    submenu: [
      about,
      separator,
      preferences,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Plan…', 'new-plan', 'CmdOrCtrl+N'),
      separator,
      command('Import Career Paths…', 'import-files', 'CmdOrCtrl+O'),
      command('Import Folder…', 'import-folder', 'CmdOrCtrl+Shift+O'),
      separator,
      command('Export Plan as PDF…', 'export-pdf', 'CmdOrCtrl+Shift+E'),
      command('Back Up Now', 'back-up-now'),
      ...(isMac ? [] : [separator, preferences, separator, { role: 'quit' } as const]),
      ...(isMac ? [separator, { role: 'close' } as const] : []),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // The page decides: text undo inside a field, otherwise the last tick, edit or delete.
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('Search the Library', 'find', 'CmdOrCtrl+F'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Library', 'go-library', 'CmdOrCtrl+1'),
      command('Upcoming', 'go-upcoming', 'CmdOrCtrl+2'),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(isDevelopment ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = isMac
    ? { role: 'windowMenu' }
    : { label: '&Window', submenu: [{ role: 'minimize' }, { role: 'close' }] };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      command('Keyboard Shortcuts', 'shortcuts', 'CmdOrCtrl+/'),
      ...(isMac ? [] : [separator, about]),
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
