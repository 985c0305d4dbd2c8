import { describe, expect, it } from 'vitest';
import { importPathDocument } from '../../../electron/backend/service';
import { careerPathBytes, sampleSpec, type DocumentSpec } from '../../helpers/career-path-document';
import { createSamplePlan, expectOk, importSpec, serviceHarness, snapshotData } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

const editedSpec: DocumentSpec = {
  ...sampleSpec,
  title: 'Test Role, Revised',
  certifications: [
    { name: 'Alpha Certificate', description: 'The first certificate, now with labs.' },
    { name: 'Gamma Certificate', description: 'Replaces the second one.' },
  ],
};

describe('importing a career path', () => {
  it('adds a new path with its items and warnings', () => {
    const { service } = serviceHarness(tempDir());
    const outcome = importSpec(service);
    expect(outcome).toMatchObject({ pathId: 'test-role', title: 'Test Role', status: 'imported' });
    const [summary] = expectOk(service.listPaths({}));
    expect(summary).toMatchObject({
      id: 'test-role',
      source: 'imported',
      counts: { certifications: 2, tools: 1, projects: 1 },
    });
    expect(summary?.searchText).toContain('build a widget');
    const detail = expectOk(service.getPath({ pathId: 'test-role' }));
    expect(detail.fileName).toBe('role.md');
    expect(detail.items.map((item) => item.kind)).toEqual([
      'certification',
      'certification',
      'tool',
      'project',
    ]);
  });

  it('recognises the same file again without changing anything', () => {
    const { service, db } = serviceHarness(tempDir());
    const first = importSpec(service);
    const before = snapshotData(db);
    const again = importSpec(service, sampleSpec, 'renamed-copy.md');
    expect(again).toEqual({ ...first, status: 'unchanged' });
    expect(snapshotData(db)).toEqual(before);
  });

  it('updates a changed file in place, keeping every tick, note and date', () => {
    const { service, clock } = serviceHarness(tempDir());
    const plan = createSamplePlan(service);
    const alpha = plan.items.find((item) => item.title === 'Alpha Certificate');
    const beta = plan.items.find((item) => item.title === 'Beta Certificate');
    expectOk(service.setItemStatus({ itemId: alpha?.id ?? 0, status: 'done' }));
    expectOk(
      service.updateItem({
        itemId: beta?.id ?? 0,
        notes: 'Half way',
        dueDate: '2026-03-09',
        title: 'Beta (my name)',
      }),
    );
    const before = expectOk(service.getPlan({ planId: plan.id }));

    clock.advance(3_600_000);
    expect(importSpec(service, editedSpec)).toMatchObject({ pathId: 'test-role', status: 'updated' });

    const after = expectOk(service.getPlan({ planId: plan.id }));
    expect(after.pathTitle).toBe('Test Role, Revised');
    expect(after.items.map((item) => item.id)).toEqual(before.items.map((item) => item.id));
    for (const [index, item] of after.items.entries()) {
      const previous = before.items[index];
      if (item.id === alpha?.id) {
        expect(item).toEqual({ ...previous, description: 'The first certificate, now with labs.' });
      } else if (item.id === beta?.id) expect(item).toEqual({ ...previous, orphaned: true });
      else expect(item).toEqual(previous);
    }
    expect(expectOk(service.getPath({ pathId: 'test-role' })).items.map((item) => item.title)).toContain(
      'Gamma Certificate',
    );
  });

  it('brings an orphaned item back when its content returns', () => {
    const { service } = serviceHarness(tempDir());
    const plan = createSamplePlan(service);
    importSpec(service, editedSpec);
    importSpec(service, {
      ...sampleSpec,
      projects: [...(sampleSpec.projects ?? []), { title: 'Extra', description: 'New.' }],
    });
    expect(expectOk(service.getPlan({ planId: plan.id })).items.every((item) => !item.orphaned)).toBe(true);
  });

  it('refuses a document that is not a career path and stores nothing', () => {
    const { service, db } = serviceHarness(tempDir());
    const before = snapshotData(db);
    const notAPath = new TextEncoder().encode(
      '---\ntitle: "Welcome"\n---\n# Welcome\n\nJust an introduction.\n',
    );
    const result = service.importCareerPath({ fileName: 'intro.md', bytes: notAPath });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-a-career-path' } });
    expect(service.importCareerPath({ fileName: 'empty.md', bytes: new Uint8Array() }).ok).toBe(false);
    expect(snapshotData(db)).toEqual(before);
  });

  it('refuses a file over the size limit before reading it', () => {
    const { service } = serviceHarness(tempDir());
    const result = service.importCareerPath({
      fileName: 'big.md',
      bytes: new Uint8Array(5 * 1024 * 1024 + 1),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
  });
});

describe('a user import with the id of a bundled path', () => {
  it('is added beside the bundled path under its own id, leaving the bundled one untouched', () => {
    const { service, db, clock } = serviceHarness(tempDir());
    expectOk(importPathDocument(db, 'test-role.md', careerPathBytes(sampleSpec), 'bundled', clock));
    const bundledBefore = expectOk(service.getPath({ pathId: 'test-role' }));

    const outcome = importSpec(service, editedSpec, 'my-version.md');
    expect(outcome).toMatchObject({ pathId: 'test-role-imported', status: 'imported' });
    expect(outcome.warnings.some((warning) => warning.includes('"test-role-imported"'))).toBe(true);
    expect(expectOk(service.getPath({ pathId: 'test-role' }))).toEqual(bundledBefore);

    const copy = expectOk(service.getPath({ pathId: 'test-role-imported' }));
    expect(copy.source).toBe('imported');
    expect(copy.items.every((item) => item.key.startsWith('test-role-imported/'))).toBe(true);

    // Editing the file and importing it again updates the same copy.
    const edited = { ...editedSpec, projects: [{ title: 'Another', description: 'Project.' }] };
    expect(importSpec(service, edited, 'my-version.md')).toMatchObject({
      pathId: 'test-role-imported',
      status: 'updated',
    });
  });

  it('leaves the bundled path alone when its exact file is imported again', () => {
    const { service, db, clock } = serviceHarness(tempDir());
    expectOk(importPathDocument(db, 'test-role.md', careerPathBytes(sampleSpec), 'bundled', clock));
    expect(importSpec(service)).toMatchObject({ pathId: 'test-role', status: 'unchanged' });
    expect(expectOk(service.listPaths({})).map((path) => [path.id, path.source])).toEqual([
      ['test-role', 'bundled'],
    ]);
  });
});
