/**
 * JSON cannot carry binary data, so every Uint8Array crosses the browser host's HTTP API as
 * `{"$bytes": "<base64>"}`. The server and the bridge share this one codec so both ends
 * always agree on the wire format. Uses only btoa/atob, which Node and browsers both have.
 */

export const BYTES_MARKER = '$bytes';

export interface EncodedBytes {
  [BYTES_MARKER]: string;
}

/** btoa takes a "binary string"; building it in slices keeps argument lists short for big files. */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function isEncodedBytes(value: unknown): value is EncodedBytes {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 1 && keys[0] === BYTES_MARKER && typeof (value as EncodedBytes)[BYTES_MARKER] === 'string'
  );
}

/** JSON.stringify that turns every Uint8Array (at any depth) into the bytes marker. */
export function stringifyWithBytes(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field instanceof Uint8Array ? { [BYTES_MARKER]: bytesToBase64(field) } : field,
  );
}

/**
 * JSON.parse that turns every bytes marker back into a Uint8Array.
 * Throws SyntaxError on malformed JSON or base64, like JSON.parse itself.
 */
export function parseWithBytes(text: string): unknown {
  return JSON.parse(text, (_key, field: unknown) => {
    if (!isEncodedBytes(field)) return field;
    try {
      return base64ToBytes(field[BYTES_MARKER]);
    } catch {
      throw new SyntaxError('invalid base64 in a $bytes field');
    }
  });
}
