import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import type { ReminderNotification } from '../../electron/backend/platform';
import { bundleBridge } from './bridge-bundle';
import { EventStream } from './event-stream';
import { exportPlanPdf } from './pdf-export';
import { PdfPrinter } from './pdf-printer';
import { BRIDGE_PATH, createRequestHandler } from './request-handler';
import { cspFromIndexHtml } from './security-headers';
import { injectBridge } from './static-files';

export interface WebHostOptions {
  dataDir: string;
  /** The built renderer, normally out/renderer. */
  rendererDir: string;
  /** The bundled career-path library. */
  contentDir: string;
  /** 0 picks a free port. */
  port: number;
}

export interface WebHost {
  url: string;
  close(): Promise<void>;
}

/** Only loopback: the host is a development tool and must never be reachable from the network. */
const LISTEN_HOST = '127.0.0.1';

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const rawIndex = await readFile(path.join(options.rendererDir, 'index.html'), 'utf8');
  const bridgeScript = await bundleBridge();
  await mkdir(options.dataDir, { recursive: true });
  const token = randomBytes(32).toString('base64url');
  const events = new EventStream();
  const printer = new PdfPrinter();
  const backend = createBackend({
    dataDir: options.dataDir,
    contentDir: options.contentDir,
    onAutomaticBackup: () => events.broadcast({ type: 'data-changed', tables: ['backups'] }),
    notifier: {
      notify: (notification: ReminderNotification) =>
        events.broadcast({ type: 'notification', ...notification }),
    },
  });

  const server = createServer();
  let boundPort = 0;
  const handle = createRequestHandler({
    port: () => boundPort,
    token,
    csp: cspFromIndexHtml(rawIndex),
    rendererDir: options.rendererDir,
    indexHtml: injectBridge(rawIndex, token, BRIDGE_PATH),
    bridgeScript,
    service: backend.service,
    events,
    exportPlanPdf: (input) => exportPlanPdf(backend.service, printer, input),
  });
  server.on('request', (request, response) => void handle(request, response));

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, LISTEN_HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    backend.close();
    events.close();
    throw error;
  }
  boundPort = (server.address() as AddressInfo).port;
  backend.scheduler.start();

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      backend.scheduler.stop();
      events.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await printer.close();
      backend.close();
    })();
    return closing;
  };

  return { url: `http://${LISTEN_HOST}:${boundPort}/`, close };
}
