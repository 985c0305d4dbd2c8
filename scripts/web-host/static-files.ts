import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file strictly inside `root`, or null. Rejects encoded traversal
 * (`%2e%2e`), backslashes, NUL bytes and anything that resolves outside the root.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolvedRoot = path.resolve(root);
  const resolved = path.resolve(resolvedRoot, relative);
  if (resolved !== resolvedRoot && !resolved.startsWith(resolvedRoot + path.sep)) return null;
  return resolved;
}

export async function readStaticFile(filePath: string): Promise<Buffer | null> {
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return null;
    return await readFile(filePath);
  } catch {
    return null;
  }
}

/**
 * Puts the per-run token and the bridge script into the page ahead of the app's own script,
 * so `window.planner` exists before the renderer starts.
 */
export function injectBridge(indexHtml: string, token: string, bridgeUrl: string): string {
  const tags = `<meta name="studypath-token" content="${token}">\n    <script src="${bridgeUrl}"></script>\n    `;
  const firstScript = indexHtml.search(/<script\b/i);
  if (firstScript >= 0) return indexHtml.slice(0, firstScript) + tags + indexHtml.slice(firstScript);
  const headEnd = indexHtml.search(/<\/head>/i);
  if (headEnd >= 0) return indexHtml.slice(0, headEnd) + tags + indexHtml.slice(headEnd);
  return tags + indexHtml;
}
