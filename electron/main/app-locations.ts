/**
 * Where the app finds its pieces: the page, the preload script and the bundled career-path
 * library, in development (electron-vite dev server, repo checkout) and once packaged.
 */
import { app } from 'electron';
import { join, resolve } from 'node:path';
import { APP_PAGE_URL } from './app-protocol-paths';

export interface AppLocations {
  /** What the main window loads; also the only page allowed to call the back end. */
  pageUrl: string;
  /** The built renderer, served as app://studypath/. */
  rendererDir: string;
  preloadFile: string;
  contentDir: string;
  dataDir: string;
}

/**
 * `--user-data-dir=<folder>` keeps StudyPath's data in that folder (a portable install, a
 * second profile, a test run). Electron itself ignores the switch, so it is applied here,
 * before the single-instance lock, which is held per data folder.
 */
export function applyUserDataDirSwitch(): void {
  const folder = app.commandLine.getSwitchValue('user-data-dir');
  if (folder !== '') app.setPath('userData', resolve(folder));
}

export function resolveAppLocations(): AppLocations {
  const builtDir = import.meta.dirname; // out/main
  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  return {
    pageUrl: devServerUrl ?? APP_PAGE_URL,
    rendererDir: join(builtDir, '..', 'renderer'),
    preloadFile: join(builtDir, '..', 'preload', 'index.cjs'),
    // Packaged, the library ships beside app.asar (extraResources) so it stays plain files.
    contentDir: app.isPackaged ? join(process.resourcesPath, 'content') : join(app.getAppPath(), 'content'),
    dataDir: app.getPath('userData'),
  };
}
