/**
 * The same hostile input through the service's importCareerPath: every answer is a Result, a
 * refused import stores nothing (every table is compared before and after), and an accepted
 * one is a readable path in the library.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlannerService } from '../../../shared/contract';
import { snapshotAllTables } from '../../helpers/database-snapshot';
import { createSamplePlan, expectOk, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { bytesOf, careerPathAround } from './fuzz-documents';
import { expectImportOutcome, timed } from './fuzz-harness';
import { markdownDocument } from './fuzz-markdown-arbitraries';
import { deeplyNested, hugeFiles, longLines } from './fuzz-pathological-cases';

const tempDir = useTempDir('studypath-fuzz-import-');

function importThroughService(
  harness: ReturnType<typeof serviceHarness>,
  fileName: string,
  bytes: Uint8Array<ArrayBuffer>,
  context: string,
): void {
  const before = snapshotAllTables(harness.db);
  const measured = timed(context, () => harness.service.importCareerPath({ fileName, bytes }));
  expectImportOutcome(measured, context);
  const { result } = measured;
  if (result.ok) {
    expectReadable(harness.service, result.value.pathId, context);
  } else {
    expect(snapshotAllTables(harness.db), `${context}: a refused import changed the database`).toEqual(before);
  }
  expect(harness.logged, context).toEqual([]);
}

function expectReadable(service: PlannerService, pathId: string, context: string): void {
  const detail = service.getPath({ pathId });
  expect(detail.ok, context).toBe(true);
  expect(expectOk(service.listPaths({})).some((path) => path.id === pathId), context).toBe(true);
}

describe('importing hostile files through the service', () => {
  it('stores nothing for random bytes and keeps the plan that was there', () => {
    const harness = serviceHarness(tempDir());
    createSamplePlan(harness.service);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.string({ minLength: 1, maxLength: 80 }), (bytes, fileName) => {
        importThroughService(harness, fileName, new Uint8Array(bytes), 'random bytes');
      }),
      { numRuns: 60 },
    );
  });

  it('stores a random career path whole, or nothing at all', () => {
    const harness = serviceHarness(tempDir());
    createSamplePlan(harness.service);
    fc.assert(
      fc.property(markdownDocument, fc.boolean(), (markdown, plannable) => {
        const text = plannable ? careerPathAround(markdown, 'Random Role') : markdown;
        importThroughService(harness, 'random.md', bytesOf(text), text.slice(0, 300));
      }),
      { numRuns: 60 },
    );
  });

  const picked = new Set([
    '10,000 nested lists on one line',
    '10,000 nested blockquotes',
    '1 MB of emphasis markers on one line',
    '1 MB front matter title',
    'one byte over the size limit',
    '20 MB',
    'a 1 MB table',
  ]);

  it.each([...deeplyNested, ...longLines, ...hugeFiles].filter((document) => picked.has(document.name)))(
    'answers "$name" and stores nothing when it refuses it',
    (document) => {
      const harness = serviceHarness(tempDir());
      createSamplePlan(harness.service);
      const built = document.build();
      importThroughService(harness, 'hostile.md', typeof built === 'string' ? bytesOf(built) : built, document.name);
    },
  );

  it('keeps the imported path unchanged when a broken file with the same id is imported over it', () => {
    const harness = serviceHarness(tempDir());
    createSamplePlan(harness.service);
    const before = snapshotAllTables(harness.db);
    const broken = [
      '---\ntitle: Test Role\nid: test-role\n---\n# Test Role\n\n<script>alert(1)</script>\n',
      '---\ntitle: Test Role\nid: test-role\ncertifications: 7\n---\n# Test Role\n',
      '---\ntitle: Test Role\nid: test-role\n---\n# Test Role\n\nNothing to plan here.\n',
    ];
    for (const text of broken) {
      const result = harness.service.importCareerPath({ fileName: 'role.md', bytes: bytesOf(text) });
      expect(result.ok, text).toBe(false);
    }
    expect(snapshotAllTables(harness.db)).toEqual(before);
  });
});
