import { BrowserWindow, nativeTheme, screen } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRODUCT_NAME } from './app-identity';
import type { AppLocations } from './app-locations';
import { logMain } from './log';
import { MIN_SIZE, parseWindowState, placeWindow, type WindowState } from './window-state';

const WINDOW_STATE_FILE = 'window-state.json';

function readWindowState(dataDir: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(join(dataDir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return null;
  }
}

function saveWindowState(window: BrowserWindow, dataDir: string): void {
  const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
  try {
    writeFileSync(join(dataDir, WINDOW_STATE_FILE), JSON.stringify(state));
  } catch (error) {
    logMain('the window position could not be saved', error);
  }
}

function displayWorkAreas() {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

export function createMainWindow(locations: AppLocations): BrowserWindow {
  const placed = placeWindow(readWindowState(locations.dataDir), displayWorkAreas());
  const window = new BrowserWindow({
    title: PRODUCT_NAME,
    ...placed.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    // The page's own background (light or dark), so a slow first paint is not a white flash.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#14171c' : '#f5f6f8',
    webPreferences: {
      preload: locations.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      // Chromium's spellchecker downloads dictionaries on Linux; the app never goes online.
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => {
    if (placed.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => saveWindowState(window, locations.dataDir));
  void window.loadURL(locations.pageUrl);
  return window;
}

/** Brings the window to the front, restoring it if minimised. */
export function revealWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
