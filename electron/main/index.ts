/**
 * StudyPath's main process: one window, one back end, reminders while the app runs.
 * The back end opens the database before any window exists, so a damaged or newer data
 * file stops the app with an explanation instead of a half-working window.
 */
import { app, dialog, ipcMain, Menu, powerMonitor, session, type BrowserWindow } from 'electron';
import { platformChannels, type HostEvent } from '../../shared/contract';
import { createBackend, type Backend } from '../backend/backend';
import { acquireDataFolderLock, type DataFolderLock } from '../backend/lock';
import { APP_ID } from './app-identity';
import { buildMenuTemplate } from './app-menu';
import { registerAppScheme, serveRendererOverAppScheme } from './app-protocol';
import { applyUserDataDirSwitch, resolveAppLocations } from './app-locations';
import { createDesktopNotifier } from './desktop-notifier';
import { registerPlannerIpc } from './ipc/register-ipc';
import type { DispatchHooks } from './ipc/service-dispatch';
import { logMain } from './log';
import { createMainWindow, revealWindow } from './main-window';
import { createPlatformHandlers } from './platform-handlers';
import { describeStartupFailure } from './startup-failure';
import { denyAllPermissions, guardAllWebContents } from './web-contents-guard';

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;
let dataFolderLock: DataFolderLock | null = null;

function sendEvent(event: HostEvent): void {
  if (mainWindow !== null && !mainWindow.isDestroyed()) {
    mainWindow.webContents.send(platformChannels.event, event);
  }
}

async function start(): Promise<void> {
  const locations = resolveAppLocations();
  denyAllPermissions(session.defaultSession);
  await serveRendererOverAppScheme(session.defaultSession, locations.rendererDir);

  try {
    // The single-instance lock covers other copies of this app; this one also covers the browser host.
    dataFolderLock = acquireDataFolderLock(locations.dataDir, {
      onCompromised: (error) => logMain('the data folder lock was lost', error),
    });
    backend = createBackend({
      dataDir: locations.dataDir,
      contentDir: locations.contentDir,
      notifier: createDesktopNotifier({ revealWindow: () => revealWindow(mainWindow), sendEvent }),
    });
  } catch (error) {
    dataFolderLock?.release();
    dataFolderLock = null;
    logMain('could not open the data', error);
    const failure = describeStartupFailure(error, locations.dataDir);
    dialog.showErrorBox(failure.title, failure.message);
    app.exit(1);
    return;
  }

  const { service, scheduler } = backend;
  const hooks: DispatchHooks = {
    onDataChanged: (tables) => sendEvent({ type: 'data-changed', tables }),
    log: logMain,
  };
  registerPlannerIpc(ipcMain, {
    service,
    platform: createPlatformHandlers({ service, parentWindow: () => mainWindow, hooks }),
    appPageUrl: locations.pageUrl,
    sendEvent,
    log: logMain,
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isMac: process.platform === 'darwin',
        isDevelopment: !app.isPackaged,
        send: (command) => sendEvent({ type: 'command', command }),
      }),
    ),
  );

  const openWindow = (): void => {
    mainWindow = createMainWindow(locations);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  openWindow();
  scheduler.start();
  // Timers stall while the machine sleeps: catch up on reminders that fell due meanwhile.
  powerMonitor.on('resume', () => scheduler.checkNow());
  // macOS apps stay running without windows (reminders keep coming); the dock icon reopens one.
  app.on('activate', () => {
    if (mainWindow === null) openWindow();
  });
}

function shutDown(): void {
  const closing = backend;
  backend = null;
  closing?.scheduler.stop();
  closing?.close();
  dataFolderLock?.release();
  dataFolderLock = null;
}

applyUserDataDirSwitch();
if (!app.requestSingleInstanceLock()) {
  // Another StudyPath is running; it brings its window forward (see 'second-instance').
  app.quit();
} else {
  app.setAppUserModelId(APP_ID);
  app.enableSandbox();
  registerAppScheme();
  guardAllWebContents();
  app.on('second-instance', () => revealWindow(mainWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', shutDown);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logMain('start-up failed', error);
      dialog.showErrorBox(
        'StudyPath cannot start',
        describeStartupFailure(error, app.getPath('userData')).message,
      );
      app.exit(1);
    });
}
