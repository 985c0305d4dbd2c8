/**
 * Serves the renderer from `app://studypath/`, a standard, secure origin of its own, instead
 * of file:// (which would give the page the whole file system as its origin).
 */
import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cspFromIndexHtml } from '../../shared/csp';
import { APP_SCHEME, mimeTypeOf, resolveAppRequest } from './app-protocol-paths';
import { logMain } from './log';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export async function serveRendererOverAppScheme(target: Session, rendererDir: string): Promise<void> {
  // The same policy the page declares, sent as a header too so it also covers every response.
  const csp = cspFromIndexHtml(await readFile(join(rendererDir, 'index.html'), 'utf8'));
  target.protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppRequest(request.url, rendererDir);
    if (file === null || request.method !== 'GET') {
      logMain(`refused app:// request: ${request.method} ${request.url.slice(0, 200)}`);
      return new Response('Not found', { status: 404 });
    }
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'Content-Type': mimeTypeOf(file) ?? 'application/octet-stream',
          'Content-Security-Policy': csp,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
