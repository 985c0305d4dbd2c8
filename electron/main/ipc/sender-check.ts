/**
 * Which frames may call the back end: only the top-level frame of the app's own page. An
 * iframe, a page reached by a stray navigation or anything else that can send IPC is refused.
 */

/** The parts of Electron's WebFrameMain that the check reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * @param appPageUrl The URL the main window loads: app://studypath/index.html, or the dev
 *   server's http URL while developing (file:// URLs are understood too).
 */
export function isAppPageSender(frame: SenderFrame | null | undefined, appPageUrl: string): boolean {
  if (frame === null || frame === undefined || frame.parent !== null) return false;
  const sender = parseUrl(frame.url);
  const app = parseUrl(appPageUrl);
  if (sender === null || app === null) return false;
  if (app.protocol === 'file:' || app.protocol === 'app:') {
    // Any other local file (a downloaded .html, say) shares the file: "origin", and custom schemes
    // have no origin in URL terms, so the page itself must match.
    return (
      sender.protocol === app.protocol &&
      sender.host === app.host &&
      comparablePath(sender) === comparablePath(app)
    );
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') {
    return sender.origin === app.origin;
  }
  return false;
}

/** Decoded, and case-folded for a Windows drive path: Chromium and Node may spell those differently. */
function comparablePath(url: URL): string {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
  return /^\/[a-z]:\//i.test(path) ? path.toLowerCase() : path;
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
