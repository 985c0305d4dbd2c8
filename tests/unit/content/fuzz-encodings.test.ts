import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesOf, careerPathAround } from './fuzz-documents';
import { expectImportOutcome, timedParse } from './fuzz-harness';

const DOCUMENT = careerPathAround('Café, naïve résumé, 東京, emoji 🎓.', 'Encoded Role');

function utf16(text: string, order: 'le' | 'be', withBom: boolean): Uint8Array<ArrayBuffer> {
  const bytes = Buffer.from(`${withBom ? '\uFEFF' : ''}${text}`, 'utf16le');
  if (order === 'be') bytes.swap16();
  return new Uint8Array(bytes);
}

const wrongEncodings: { name: string; bytes: Uint8Array<ArrayBuffer> }[] = [
  { name: 'UTF-16 LE with a byte-order mark', bytes: utf16(DOCUMENT, 'le', true) },
  { name: 'UTF-16 LE without a byte-order mark', bytes: utf16(DOCUMENT, 'le', false) },
  { name: 'UTF-16 BE with a byte-order mark', bytes: utf16(DOCUMENT, 'be', true) },
  { name: 'UTF-16 BE without a byte-order mark', bytes: utf16(DOCUMENT, 'be', false) },
  { name: 'Latin-1', bytes: new Uint8Array(Buffer.from([...DOCUMENT].map((character) => (character.charCodeAt(0) > 0xff ? '?' : character)).join(''), 'latin1')) },
  { name: 'a lone continuation byte', bytes: new Uint8Array([...bytesOf(DOCUMENT), 0x80]) },
  { name: 'a truncated multi-byte character', bytes: new Uint8Array([...bytesOf(DOCUMENT), 0xe6, 0x9d]) },
  { name: 'an overlong encoding of "/"', bytes: new Uint8Array([...bytesOf(DOCUMENT), 0xc0, 0xaf]) },
  { name: 'an encoded surrogate half', bytes: new Uint8Array([...bytesOf(DOCUMENT), 0xed, 0xa0, 0x80]) },
  { name: 'a code point above U+10FFFF', bytes: new Uint8Array([...bytesOf(DOCUMENT), 0xf4, 0x90, 0x80, 0x80]) },
  { name: 'a NUL byte in the middle', bytes: bytesOf(DOCUMENT.replace('Café', 'Caf\u0000é')) },
  { name: 'a NUL byte at the end', bytes: new Uint8Array([...bytesOf(DOCUMENT), 0]) },
  { name: 'only NUL bytes', bytes: new Uint8Array(1024) },
];

describe('files in the wrong encoding', () => {
  it.each(wrongEncodings)('$name is refused as not UTF-8 text', ({ name, bytes }) => {
    const measured = timedParse(name, bytes);
    expectImportOutcome(measured, name);
    expect(measured.result).toMatchObject({ ok: false, error: { code: 'not-text' } });
  });

  it('reads UTF-8 with a byte-order mark like UTF-8 without one', () => {
    const plain = timedParse('plain', bytesOf(DOCUMENT)).result;
    const marked = timedParse('marked', new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(DOCUMENT)])).result;
    expect(plain.ok && marked.ok && marked.value).toEqual(plain.ok && plain.value);
  });

  it('reads Windows and old Mac line endings like Unix ones', () => {
    const unix = timedParse('unix', bytesOf(DOCUMENT)).result;
    for (const ending of ['\r\n', '\r']) {
      const other = timedParse(JSON.stringify(ending), bytesOf(DOCUMENT.replaceAll('\n', ending))).result;
      expect(other.ok && other.value).toEqual(unix.ok && unix.value);
    }
  });

  it('answers a valid document with random invalid UTF-8 sequences spliced in with a Result', () => {
    const invalidSequence = fc.oneof(
      fc.integer({ min: 0x80, max: 0xbf }).map((byte) => [byte]),
      fc.integer({ min: 0xc0, max: 0xc1 }).chain((lead) => fc.integer({ min: 0x80, max: 0xbf }).map((next) => [lead, next])),
      fc.integer({ min: 0xf5, max: 0xff }).map((byte) => [byte]),
      fc.integer({ min: 0xe0, max: 0xef }).map((lead) => [lead]),
    );
    const base = bytesOf(DOCUMENT);
    fc.assert(
      fc.property(fc.nat({ max: base.length }), invalidSequence, (at, sequence) => {
        const bytes = new Uint8Array([...base.subarray(0, at), ...sequence, ...base.subarray(at)]);
        const measured = timedParse('spliced', bytes);
        expectImportOutcome(measured, `at ${at}: ${sequence.join(',')}`);
        expect(measured.result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('answers stray control characters in otherwise valid text with a Result', () => {
    const control = fc.integer({ min: 1, max: 31 }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: DOCUMENT.length }), control), { maxLength: 50 }), (insertions) => {
        let text = DOCUMENT;
        for (const [at, character] of insertions) text = text.slice(0, at) + character + text.slice(at);
        expectImportOutcome(timedParse('controls', bytesOf(text)), JSON.stringify(insertions));
      }),
      { numRuns: 200 },
    );
  });
});
