/**
 * Where an `app://` request points inside the built renderer. Pure and Electron-free, so the
 * rules that keep a request inside that folder are unit tested.
 */
import { extname, join, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'studypath';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export function mimeTypeOf(file: string): string | null {
  return MIME_TYPES[extname(file).toLowerCase()] ?? null;
}

/**
 * The file an `app://studypath/...` URL names under `rootDir`, or null for anything else:
 * another scheme or host, an encoded path that cannot be decoded, a path escaping the root,
 * or a file type the app does not ship.
 */
export function resolveAppRequest(rawUrl: string, rootDir: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const wanted = pathname === '/' || pathname === '' ? '/index.html' : pathname;
  const root = resolve(rootDir);
  const file = resolve(join(root, wanted));
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || inside.split(sep).includes('..')) return null;
  return mimeTypeOf(file) === null ? null : file;
}
