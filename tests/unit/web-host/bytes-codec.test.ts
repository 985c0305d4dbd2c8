import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  bytesToBase64,
  parseWithBytes,
  stringifyWithBytes,
} from '../../../scripts/web-host/bytes-codec';

describe('bytes codec shared by the browser host and its bridge', () => {
  it('carries an imported file byte for byte, including non-ASCII text', () => {
    const bytes = new TextEncoder().encode('# Support Engineer ☑ café\n');
    const wire = stringifyWithBytes({ fileName: 'path.md', bytes });
    expect(JSON.parse(wire)).toEqual({ fileName: 'path.md', bytes: { $bytes: bytesToBase64(bytes) } });
    const decoded = parseWithBytes(wire) as { fileName: string; bytes: Uint8Array };
    expect(decoded.fileName).toBe('path.md');
    expect(decoded.bytes).toBeInstanceOf(Uint8Array);
    expect([...decoded.bytes]).toEqual([...bytes]);
  });

  it('round-trips every byte value and files larger than one encoding chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    expect([...base64ToBytes(bytesToBase64(bytes))]).toEqual([...bytes]);
  });

  it('finds binary fields nested inside results', () => {
    const result = { ok: true, value: { fileName: 'plan.pdf', bytes: new Uint8Array([37, 80, 68, 70]) } };
    const decoded = parseWithBytes(stringifyWithBytes(result)) as typeof result;
    expect([...decoded.value.bytes]).toEqual([37, 80, 68, 70]);
  });

  it('leaves objects that only look similar untouched', () => {
    const lookalikes = { a: { $bytes: 'AA==', extra: 1 }, b: { $bytes: 42 }, c: ['$bytes'] };
    expect(parseWithBytes(JSON.stringify(lookalikes))).toEqual(lookalikes);
  });

  it('rejects a bytes field that is not base64', () => {
    expect(() => parseWithBytes('{"bytes":{"$bytes":"not base64!"}}')).toThrow(SyntaxError);
  });

  it('encodes an empty file as an empty string', () => {
    const decoded = parseWithBytes(stringifyWithBytes({ bytes: new Uint8Array() })) as { bytes: Uint8Array };
    expect(decoded.bytes).toHaveLength(0);
  });
});
