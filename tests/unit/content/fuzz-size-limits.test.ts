import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../shared/contract';
import { bytesOf } from './fuzz-documents';
import { expectImportOutcome, timedParse } from './fuzz-harness';
import { hugeFiles, justWithinLimits, type HostileDocument } from './fuzz-pathological-cases';

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

describe('documents at and beyond the size and structure limits', () => {
  it.each(hugeFiles)('$name: ok or a clear refusal, within the time bound', (document) => {
    const { bytes, result } = importQuickly(document);
    if (bytes.byteLength > MAX_IMPORT_BYTES) {
      expect(result).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
      expect(!result.ok && result.error.message).toMatch(/limit is 1 MB/);
    }
  });

  it.each(justWithinLimits)('$name: ok or a clear refusal, within the time bound', (document) => {
    importQuickly(document);
  });
});
