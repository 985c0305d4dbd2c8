import type { IncomingMessage } from 'node:http';

/** A 5 MB career-path file grows to about 6.7 MB as base64; 8 MB leaves room for the JSON around it. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export type BodyRead = { kind: 'ok'; text: string } | { kind: 'too-large' };

/**
 * Reads a request body up to `limit` bytes. Past the limit it keeps draining without storing,
 * so the client still receives the error response instead of a reset connection.
 */
export function readBody(request: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      resolve(
        tooLarge ? { kind: 'too-large' } : { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') },
      );
    });
    request.on('error', reject);
  });
}
