import { MAX_IMPORT_BYTES } from '../../../shared/contract';
import { fail, ok, type Result } from '../../../shared/result';

/** Control characters that never appear in a hand-written text file (tab, newlines and form feed do). */
function isUnexpectedControl(code: number): boolean {
  return (code >= 0x01 && code <= 0x08) || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
}

function countUnexpectedControls(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1)
    if (isUnexpectedControl(text.charCodeAt(index))) count += 1;
  return count;
}

/** The refusal for a file over the import limit, also used by callers that see the size first. */
export function fileTooLarge(): Result<never> {
  const limitMb = Math.round(MAX_IMPORT_BYTES / (1024 * 1024));
  return fail('file-too-large', `This file is too large to be a career path (the limit is ${limitMb} MB).`);
}

/**
 * Turns the raw bytes of a chosen file into text, refusing what a person could not have
 * written as markdown. The size is checked before decoding so a huge file costs nothing.
 */
export function decodeTextFile(bytes: Uint8Array): Result<string> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return fileTooLarge();
  if (bytes.byteLength === 0) return fail('empty-file', 'This file is empty.');
  if (bytes.includes(0)) {
    return fail('not-text', 'This file is not a text file. Choose a markdown (.md) career-path document.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('not-text', 'This file is not UTF-8 text. Save it as UTF-8 markdown and try again.');
  }
  const controls = countUnexpectedControls(text);
  // A stray control character can survive copy and paste; many of them mean binary data.
  if (controls > 0 && controls / text.length > 0.001) {
    return fail('not-text', 'This file is not a text file. Choose a markdown (.md) career-path document.');
  }
  if (text.trim() === '') return fail('empty-file', 'This file is empty.');
  return ok(text.replace(/\r\n?/g, '\n'));
}
