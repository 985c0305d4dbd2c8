import { describe, it } from 'vitest';
import { bytesOf } from './fuzz-documents';
import { expectImportOutcome, timedParse } from './fuzz-harness';
import { deeplyNested, longLines, type HostileDocument } from './fuzz-pathological-cases';

function bytesOfDocument(document: HostileDocument): Uint8Array<ArrayBuffer> {
  const built = document.build();
  return typeof built === 'string' ? bytesOf(built) : built;
}

function importQuickly(document: HostileDocument) {
  const bytes = bytesOfDocument(document);
  const measured = timedParse(document.name, bytes);
  expectImportOutcome(measured, `${document.name} (${bytes.byteLength} bytes)`);
  return { bytes, result: measured.result };
}

describe('documents built to be expensive to read', () => {
  it.each(deeplyNested)('$name: ok or a clear refusal, within the time bound', (document) => {
    importQuickly(document);
  });

  it.each(longLines)('$name: ok or a clear refusal, within the time bound', (document) => {
    importQuickly(document);
  });
});
