/**
 * Keeps every web page the app creates on a short leash: no new windows, no navigation away
 * from the app, no <webview>, no permission prompts. Links leave only for the system browser,
 * and only when they are plain http(s).
 */
import { app, shell, type Session, type WebContents } from 'electron';
import { isSafeExternalUrl } from '../../shared/links';
import { logMain } from './log';

export async function openInSystemBrowser(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) {
    logMain(`refused to open a link that is not plain http(s): ${url.slice(0, 200)}`);
    return false;
  }
  try {
    await shell.openExternal(url);
    return true;
  } catch (error) {
    logMain('the system browser could not be opened', error);
    return false;
  }
}

function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    void openInSystemBrowser(url);
    return { action: 'deny' };
  });
  // The renderer is a single page: any navigation is a clicked link or an attack.
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    void openInSystemBrowser(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}
