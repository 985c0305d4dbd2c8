import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HostEvent, PlannerService } from '../../shared/contract';
import { fail, type Result } from '../../shared/result';
import { parseWithBytes, stringifyWithBytes } from './bytes-codec';
import type { EventStream } from './event-stream';
import { readBody } from './http-body';
import { isExpectedToken, isLoopbackAddress, isOwnHostHeader } from './request-guard';
import { applySecurityHeaders } from './security-headers';
import { callServiceMethod } from './service-api';
import { contentTypeFor, readStaticFile, resolveStaticPath } from './static-files';

export const BRIDGE_PATH = '/__studypath/bridge.js';
export const TOKEN_HEADER = 'x-studypath-token';

export interface HostDependencies {
  /** The port actually bound, known only once the server listens. */
  port(): number;
  token: string;
  csp: string;
  rendererDir: string;
  /** index.html with the token and bridge already injected. */
  indexHtml: string;
  bridgeScript: string;
  service: PlannerService;
  events: EventStream;
  exportPlanPdf(input: unknown): Promise<Result<unknown>>;
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function sendResult(response: ServerResponse, status: number, result: Result<unknown>): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(stringifyWithBytes(result));
}

function offeredToken(request: IncomingMessage, url: URL): string | null {
  const header = request.headers[TOKEN_HEADER];
  if (typeof header === 'string') return header;
  // EventSource cannot set headers, so the event stream alone may carry the token in its URL.
  return url.pathname === '/api/events' ? url.searchParams.get('token') : null;
}

async function readJsonBody(
  request: IncomingMessage,
): Promise<{ input: unknown } | { error: Result<unknown>; status: number }> {
  const body = await readBody(request);
  if (body.kind === 'too-large') {
    return {
      status: 413,
      error: fail('file-too-large', 'The request is larger than 8 MB. Career-path files must be under 5 MB.'),
    };
  }
  try {
    return { input: body.text === '' ? {} : parseWithBytes(body.text) };
  } catch {
    return { status: 400, error: fail('invalid-argument', 'The request body is not valid JSON.') };
  }
}

async function handleApi(
  deps: HostDependencies,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  if (!isExpectedToken(offeredToken(request, url), deps.token)) {
    sendResult(response, 401, fail('invalid-argument', 'Missing or wrong StudyPath token.'));
    return;
  }
  if (url.pathname === '/api/events' && request.method === 'GET') {
    deps.events.attach(response);
    return;
  }
  if (request.method !== 'POST') {
    sendResult(
      response,
      405,
      fail('invalid-argument', `${request.method ?? 'This method'} is not allowed here.`),
    );
    return;
  }
  const serviceMethod = /^\/api\/service\/([A-Za-z]+)$/.exec(url.pathname)?.[1];
  const isPdfExport = url.pathname === '/api/platform/exportPlanPdf';
  if (serviceMethod === undefined && !isPdfExport) {
    sendResult(response, 404, fail('not-found', `No API at ${url.pathname}`));
    return;
  }
  const body = await readJsonBody(request);
  if ('error' in body) {
    sendResult(response, body.status, body.error);
    return;
  }
  if (isPdfExport) {
    sendResult(response, 200, await deps.exportPlanPdf(body.input));
    return;
  }
  const outcome = callServiceMethod(deps.service, serviceMethod ?? '', body.input);
  sendResult(response, outcome.status, outcome.result);
  if (outcome.changed.length > 0) {
    const event: HostEvent = { type: 'data-changed', tables: [...outcome.changed] };
    deps.events.broadcast(event);
  }
}

async function handleStatic(
  deps: HostDependencies,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Method not allowed');
    return;
  }
  const send = (contentType: string, body: string | Buffer): void => {
    response.writeHead(200, { 'Content-Type': contentType });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
  if (url.pathname === '/' || url.pathname === '/index.html')
    return send('text/html; charset=utf-8', deps.indexHtml);
  if (url.pathname === BRIDGE_PATH) return send('text/javascript; charset=utf-8', deps.bridgeScript);
  const filePath = resolveStaticPath(deps.rendererDir, url.pathname);
  const file = filePath === null ? null : await readStaticFile(filePath);
  if (filePath === null || file === null) {
    sendText(response, 404, 'Not found');
    return;
  }
  send(contentTypeFor(filePath), file);
}

export function createRequestHandler(deps: HostDependencies) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    applySecurityHeaders(response, deps.csp);
    if (!isLoopbackAddress(request.socket.remoteAddress)) {
      sendText(response, 403, 'StudyPath web only answers this computer.');
      return;
    }
    if (!isOwnHostHeader(request.headers.host, deps.port())) {
      sendText(response, 403, 'Unexpected Host header.');
      return;
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${deps.port()}`);
    try {
      if (url.pathname.startsWith('/api/')) await handleApi(deps, request, response, url);
      else await handleStatic(deps, request, response, url);
    } catch (error) {
      console.error('StudyPath web: request failed', error);
      if (!response.headersSent)
        sendResult(response, 500, fail('internal', 'The browser host hit an unexpected error.'));
      else response.end();
    }
  };
}
