import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

/** The server binds to 127.0.0.1, but a misconfigured proxy or a future bind change must not expose it. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return address === '::1';
}

/**
 * DNS-rebinding guard: a page on evil.example that re-points its name at 127.0.0.1 still sends
 * `Host: evil.example`, so only requests addressed to our own loopback host:port get through.
 */
export function isOwnHostHeader(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const normalized = host.toLowerCase();
  return normalized === `127.0.0.1:${port}` || normalized === `localhost:${port}`;
}

/** Constant-time comparison so the token cannot be guessed byte by byte from response times. */
export function isExpectedToken(offered: string | undefined | null, expected: string): boolean {
  if (typeof offered !== 'string') return false;
  const a = Buffer.from(offered, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
