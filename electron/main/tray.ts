/// <reference types="electron-vite/node" />
/**
 * The tray (notification area) icon. On Linux it needs a desktop with a tray
 * (StatusNotifier/AppIndicator); there is no reliable way to detect one, so the setting stays
 * opt-in and says so.
 */
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import trayIconFile from '../../build/icons/32x32.png?asset';
import { PRODUCT_NAME } from './app-identity';
import type { TrayHandle } from './background-mode';

/** macOS menu-bar icons are 16 points high; elsewhere the 32-pixel icon is scaled by the desktop. */
const MAC_TRAY_SIZE = 16;

export function createTray(menu: MenuItemConstructorOptions[], onClick: () => void): TrayHandle {
  const image = nativeImage.createFromPath(trayIconFile);
  const tray = new Tray(
    process.platform === 'darwin' ? image.resize({ width: MAC_TRAY_SIZE, height: MAC_TRAY_SIZE }) : image,
  );
  tray.setToolTip(PRODUCT_NAME);
  tray.setContextMenu(Menu.buildFromTemplate(menu));
  // On Windows (and some Linux trays) a click on the icon opens the window; macOS shows the menu.
  if (process.platform !== 'darwin') tray.on('click', onClick);
  return { destroy: () => tray.destroy() };
}
