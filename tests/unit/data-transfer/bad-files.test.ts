import { describe, expect, it } from 'vitest';
import { MAX_DATA_IMPORT_BYTES } from '../../../shared/contract';
import type { DataImportMode } from '../../../shared/domain';
import { careerPathBytes } from '../../helpers/career-path-document';
import { useTempDir } from '../../helpers/temp-dir';
import {
  expectOk,
  fillWithStudyData,
  importedSpec,
  jsonBytes,
  openMachine,
  snapshotData,
  type Machine,
} from './transfer-harness';

const tempDir = useTempDir();

type Json = Record<string, unknown> & {
  paths: (Record<string, unknown> & { items: Record<string, unknown>[]; content: Record<string, unknown> })[];
  plans: (Record<string, unknown> & { items: Record<string, unknown>[] })[];
};

function exportedDocument(): Json {
  const source = openMachine(tempDir());
  fillWithStudyData(source);
  return JSON.parse(expectOk(source.service.exportData({})).json) as Json;
}

/** Tries the file both ways, as preview and as import, and checks that nothing changed. */
function expectRefused(
  target: Machine,
  bytes: Uint8Array<ArrayBuffer>,
  code: string,
  message: RegExp | string,
): void {
  const before = snapshotData(target.db);
  for (const mode of ['merge', 'replace'] as DataImportMode[]) {
    for (const result of [
      target.service.previewDataImport({ bytes, mode }),
      target.service.importData({ bytes, mode }),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code } });
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
  }
  expect(snapshotData(target.db)).toEqual(before);
  expect(target.backups).toEqual([]);
}

/** A computer with data of its own, so "changed nothing" means something. */
function targetWithData(): Machine {
  const target = openMachine(tempDir());
  fillWithStudyData(target);
  return target;
}

describe('a file that is not a StudyPath export', () => {
  it('says so for text that is not JSON', () => {
    expectRefused(targetWithData(), jsonBytes('plans: [1, 2'), 'invalid-argument', /not valid JSON/);
  });

  it('says so for a career-path markdown file', () => {
    expectRefused(targetWithData(), careerPathBytes(importedSpec), 'invalid-argument', /not valid JSON/);
  });

  it.each([
    ['another program’s JSON', { name: 'My notes', items: [] }],
    ['a JSON list', [1, 2, 3]],
    ['a different format name', { format: 'studypath-backup', schemaVersion: 1 }],
  ])('says so for %s', (_label, value) => {
    expectRefused(targetWithData(), jsonBytes(value), 'invalid-argument', /not a StudyPath data export/);
  });

  it('says so for an empty file', () => {
    expectRefused(targetWithData(), new Uint8Array(), 'empty-file', 'This file is empty.');
  });

  it('says so for text that is not UTF-8 (a UTF-16 file)', () => {
    const text = JSON.stringify({ format: 'studypath-data' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((char) => [char.charCodeAt(0), 0])]);
    expectRefused(targetWithData(), utf16, 'not-text', /not UTF-8 text/);
  });

  it('refuses a file over the size limit before reading it', () => {
    const huge = new Uint8Array(MAX_DATA_IMPORT_BYTES + 1).fill(0x20);
    expectRefused(targetWithData(), huge, 'file-too-large', /larger than 50 MB/);
  });
});

describe('an export StudyPath cannot read', () => {
  it('asks for an update when a newer version made it', () => {
    const document = { ...exportedDocument(), schemaVersion: 3 };
    expectRefused(
      targetWithData(),
      jsonBytes(document),
      'invalid-argument',
      /made by a newer version of StudyPath \(schemaVersion 3\)/,
    );
  });

  it('names a missing field', () => {
    const document = exportedDocument();
    delete document.plans[0]?.items[1]?.status;
    expectRefused(
      targetWithData(),
      jsonBytes(document),
      'invalid-argument',
      /plans\.0\.items\.1\.status: missing/,
    );
  });

  it('names a field of the wrong type', () => {
    const document = exportedDocument();
    const item = document.plans[1]?.items[0];
    if (item) item.position = 'first';
    expectRefused(
      targetWithData(),
      jsonBytes(document),
      'invalid-argument',
      /plans\.1\.items\.0\.position: .*number/,
    );
  });

  it('refuses text longer than StudyPath allows', () => {
    const document = exportedDocument();
    const plan = document.plans[0];
    if (plan) plan.name = 'x'.repeat(100_000);
    expectRefused(
      targetWithData(),
      jsonBytes(document),
      'invalid-argument',
      /plans\.0\.name: longer than 200 characters/,
    );
  });

  it('refuses a huge note', () => {
    const document = exportedDocument();
    const item = document.plans[0]?.items[0];
    if (item) item.notes = 'n'.repeat(5_000_000);
    expectRefused(
      targetWithData(),
      jsonBytes(document),
      'invalid-argument',
      /notes: longer than 20000 characters/,
    );
  });

  it('refuses dates that do not exist and a finished item without a finishing time', () => {
    const document = exportedDocument();
    const items = document.plans[0]?.items ?? [];
    if (items[0]) items[0].dueDate = '2026-02-30';
    if (items[1]) Object.assign(items[1], { status: 'done', completedAt: null });
    expectRefused(
      targetWithData(),
      jsonBytes(document),
      'invalid-argument',
      /plans\.0\.items\.0\.dueDate: not a real date; plans\.0\.items\.1\.completedAt: a finished item needs completedAt/,
    );
  });

  it('refuses the same path twice and an item key that belongs to another path', () => {
    const document = exportedDocument();
    const [first, second] = document.paths;
    if (first && second) {
      document.paths.push({ ...first });
      const stolen = second.items[0];
      if (stolen) stolen.key = `${String(first.id)}/tool/editors`;
    }
    expectRefused(
      targetWithData(),
      jsonBytes(document),
      'invalid-argument',
      /appears twice|not a key of this path/,
    );
  });

  it('refuses career-path content that carries a script', () => {
    const document = exportedDocument();
    const sections = document.paths[0]?.content.sections as { markdown: string }[];
    if (sections[0]) sections[0].markdown += '\n\n<script>alert(1)</script>\n';
    expectRefused(targetWithData(), jsonBytes(document), 'invalid-argument', /contains a <script> element/);
  });

  it('refuses a reading link that is not a web address', () => {
    const document = exportedDocument();
    document.paths[0]!.content.readingLinks = [{ title: 'Click', url: 'javascript:alert(1)' }];
    expectRefused(
      targetWithData(),
      jsonBytes(document),
      'invalid-argument',
      /readingLinks\.0\.url: not an http\(s\) web address/,
    );
  });
});
