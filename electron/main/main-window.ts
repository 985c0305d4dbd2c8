import { BrowserWindow, nativeTheme } from 'electron';
import { PRODUCT_NAME } from './app-identity';
import type { AppLocations } from './app-locations';

export function createMainWindow(locations: AppLocations): BrowserWindow {
  const window = new BrowserWindow({
    title: PRODUCT_NAME,
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 520,
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
  window.once('ready-to-show', () => window.show());
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
