import type { ServerResponse } from 'node:http';

export { cspFromIndexHtml, FALLBACK_CSP } from '../../shared/csp';

export function applySecurityHeaders(response: ServerResponse, csp: string): void {
  response.setHeader('Content-Security-Policy', csp);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  response.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  // A development tool serving fresh builds: never let the browser keep a stale bundle.
  response.setHeader('Cache-Control', 'no-store');
}
