/**
 * StudyPath's main process: one window, one back end, reminders while the app runs (and,
 * with the tray setting on, after its window is closed). The back end opens the database
 * before any window exists, so a damaged or newer data file stops the app with an
 * explanation instead of a half-working window.
 */
import { app, dialog, ipcMain, Menu, powerMonitor, session, type BrowserWindow } from 'electron';
import { platformChannels, type HostEvent } from '../../shared/contract';
import { createBackend, type Backend } from '../backend/backend';
import { acquireDataFolderLock, type DataFolderLock } from '../backend/lock';
import { APP_ID } from './app-identity';
import { buildMenuTemplate } from './app-menu';
import { registerAppScheme, serveRendererOverAppScheme } from './app-protocol';
import { applyUserDataDirSwitch, resolveAppLocations } from './app-locations';
import { BackgroundMode } from './background-mode';
import { createDesktopNotifier } from './desktop-notifier';
import { registerPlannerIpc } from './ipc/register-ipc';
import { dispatchServiceCall, type DispatchHooks } from './ipc/service-dispatch';
import { logMain } from './log';
import { applyStartAtLogin, wasStartedAtLogin } from './login-item';
import { createMainWindow, revealWindow } from './main-window';
import { createPlatformHandlers } from './platform-handlers';
import { describeStartupFailure } from './startup-failure';
import { createTray } from './tray';
import { denyAllPermissions, guardAllWebContents } from './web-contents-guard';

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;
let dataFolderLock: DataFolderLock | null = null;
/** Creates the window once the app has started; null before that. */
let openWindow: (() => void) | null = null;
/** Events for a window whose page is still loading (a reminder clicked while none was open). */
let pendingEvents: HostEvent[] | null = null;
const MAX_PENDING_EVENTS = 20;

const background = new BackgroundMode({
  createTray,
  applyStartAtLogin,
  showWindow: () => showMainWindow(),
  quit: () => app.quit(),
  log: logMain,
});

function sendEvent(event: HostEvent): void {
  if (mainWindow === null || mainWindow.isDestroyed()) return;
  if (pendingEvents !== null) pendingEvents = [...pendingEvents, event].slice(-MAX_PENDING_EVENTS);
  else mainWindow.webContents.send(platformChannels.event, event);
}

/** Brings the window forward, creating it when there is none (closed on macOS, or started in the tray). */
function showMainWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) openWindow?.();
  else revealWindow(mainWindow);
}

/** Changes made through the notifications are announced like those made in the window. */
const notificationHooks: DispatchHooks = {
  onDataChanged: (tables) => sendEvent({ type: 'data-changed', tables }),
  log: logMain,
};

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
      onAutomaticBackup: () => sendEvent({ type: 'data-changed', tables: ['backups'] }),
      notifier: createDesktopNotifier({
        revealWindow: showMainWindow,
        sendEvent,
        snooze: (itemId, until) =>
          backend !== null &&
          dispatchServiceCall(backend.service, 'snoozeReminder', { itemId, until }, notificationHooks).ok,
        now: () => new Date(),
        platform: process.platform,
      }),
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
  const applySettings = (): void => {
    const settings = service.getSettings({});
    if (settings.ok) background.apply(settings.value);
    else logMain('the settings could not be read', settings.error);
  };
  // A restore or a data import replaces the settings along with everything else.
  const sendAndApply = (event: HostEvent): void => {
    sendEvent(event);
    if (
      event.type === 'data-changed' &&
      event.tables.some((table) => table === 'settings' || table === 'backups')
    ) {
      applySettings();
    }
  };
  const hooks: DispatchHooks = {
    onDataChanged: (tables) => sendAndApply({ type: 'data-changed', tables }),
    log: logMain,
  };
  registerPlannerIpc(ipcMain, {
    service,
    platform: createPlatformHandlers({ service, parentWindow: () => mainWindow, hooks }),
    appPageUrl: locations.pageUrl,
    sendEvent: sendAndApply,
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

  openWindow = (): void => {
    const window = createMainWindow(locations);
    mainWindow = window;
    pendingEvents = [];
    window.webContents.once('did-finish-load', () => {
      const waiting = pendingEvents ?? [];
      pendingEvents = null;
      for (const event of waiting) window.webContents.send(platformChannels.event, event);
    });
    // In the tray, closing the window only hides it: the app and its reminders keep running.
    window.on('close', (event) => {
      if (!background.hidesWindowOnClose()) return;
      event.preventDefault();
      window.hide();
    });
    window.on('session-end', () => background.markQuitting());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
      pendingEvents = null;
    });
  };
  applySettings();
  if (!background.startsHidden(wasStartedAtLogin())) openWindow();
  scheduler.start();
  // Timers stall while the machine sleeps: catch up on reminders that fell due meanwhile.
  powerMonitor.on('resume', () => scheduler.checkNow());
  // macOS apps stay running without windows (reminders keep coming); the dock icon reopens one.
  app.on('activate', showMainWindow);
  powerMonitor.on('shutdown', () => background.markQuitting());
}

function shutDown(): void {
  background.dispose();
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
  app.on('second-instance', showMainWindow);
  app.on('before-quit', () => background.markQuitting());
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
