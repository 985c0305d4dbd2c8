import BetterSqlite3 from 'better-sqlite3';
import { join, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataImportMode } from '../../../shared/domain';
import { fail } from '../../../shared/result';
import { useTempDir } from '../../helpers/temp-dir';
import {
  builtInSpec,
  comparableData,
  expectOk,
  exportBytes,
  fillWithStudyData,
  importDocument,
  importedSpec,
  installBuiltInLibrary,
  jsonBytes,
  openMachine,
  planAll,
  snapshotData,
  type Machine,
} from './transfer-harness';

const tempDir = useTempDir();

function planNames(machine: Machine): string[] {
  return expectOk(machine.service.listPlans({}))
    .map((plan) => plan.name)
    .sort();
}

function planByName(machine: Machine, name: string) {
  const summary = expectOk(machine.service.listPlans({})).find((plan) => plan.name === name);
  if (summary === undefined) throw new Error(`no plan "${name}"`);
  return expectOk(machine.service.getPlan({ planId: summary.id }));
}

/** A second computer that already took one export from `source` and has a plan of its own. */
function computerWithEarlierCopy(source: Machine): Machine {
  const target = openMachine(tempDir());
  installBuiltInLibrary(target);
  expectOk(target.service.importData({ bytes: exportBytes(source), mode: 'merge' }));
  target.clock.set('2026-03-05T08:00:00.000Z');
  planAll(target, 'Only on the laptop', 'built-in-role');
  return target;
}

describe('merging a file into a computer that already has plans', () => {
  it('adds the plans that are new, leaves the ones already here as they are and keeps its own', () => {
    const source = openMachine(tempDir());
    fillWithStudyData(source);
    const target = computerWithEarlierCopy(source);
    // Progress made on the laptop since the first copy: it must survive the merge.
    const onLaptop = planByName(target, 'Other role');
    expectOk(target.service.setItemStatus({ itemId: onLaptop.items[0]?.id ?? 0, status: 'done' }));

    source.clock.set('2026-03-10T08:00:00.000Z');
    planAll(source, 'New on the desktop', 'test-role');
    const otherOnDesktop = planByName(source, 'Other role');
    expectOk(source.service.updateItem({ itemId: otherOnDesktop.items[1]?.id ?? 0, notes: 'desktop note' }));

    const outcome = expectOk(target.service.importData({ bytes: exportBytes(source), mode: 'merge' }));

    expect(outcome.counts).toEqual({
      plansAdded: 1,
      plansReplaced: 0,
      plansRemoved: 0,
      itemsAdded: 4,
      pathsAdded: 0,
      pathsUpdated: 0,
    });
    expect(outcome.warnings).toEqual(['3 plans already here are left unchanged.']);
    expect(planNames(target)).toEqual([
      'Built-in basics',
      'New on the desktop',
      'Only on the laptop',
      'Other role',
      'Test role by summer',
    ]);
    const merged = planByName(target, 'Other role');
    expect(merged.items.map((item) => [item.status, item.notes])).toEqual([
      ['done', ''],
      ['todo', ''],
    ]);
  });

  it('updates an imported path that changed since, and keeps one that is newer here', () => {
    const source = openMachine(tempDir());
    fillWithStudyData(source);
    const target = computerWithEarlierCopy(source);

    source.clock.set('2026-03-10T08:00:00.000Z');
    importDocument(source, { ...importedSpec, certifications: [{ name: 'Delta', description: 'New.' }] });
    target.clock.set('2026-03-12T08:00:00.000Z');
    importDocument(target, {
      id: 'other-role',
      title: 'Other Role, revised',
      tools: [{ group: 'Sheets', tools: ['Calc'] }],
    });

    const outcome = expectOk(target.service.importData({ bytes: exportBytes(source), mode: 'merge' }));

    expect(outcome.counts).toMatchObject({ pathsAdded: 0, pathsUpdated: 1 });
    expect(outcome.warnings).toContain(
      'The career path "Other Role" is newer here than in the file, so it is kept as it is.',
    );
    expect(expectOk(target.service.getPath({ pathId: 'test-role' })).items.map((item) => item.title)).toEqual(
      ['Delta', 'Editors', 'Build a Widget'],
    );
    expect(expectOk(target.service.getPath({ pathId: 'other-role' })).content.title).toBe(
      'Other Role, revised',
    );
  });

  it('imports nothing twice: merging the same file again changes nothing', () => {
    const source = openMachine(tempDir());
    fillWithStudyData(source);
    const target = computerWithEarlierCopy(source);
    const before = snapshotData(target.db);

    const outcome = expectOk(target.service.importData({ bytes: exportBytes(source), mode: 'merge' }));

    expect(outcome.counts).toEqual({
      plansAdded: 0,
      plansReplaced: 0,
      plansRemoved: 0,
      itemsAdded: 0,
      pathsAdded: 0,
      pathsUpdated: 0,
    });
    expect(snapshotData(target.db)).toEqual(before);
  });
});

describe('replacing everything with a file', () => {
  it('makes the file the new state: plans and imported paths not in it are gone, built-in paths stay', () => {
    const source = openMachine(tempDir());
    fillWithStudyData(source);
    const target = computerWithEarlierCopy(source);
    importDocument(target, {
      id: 'laptop-only',
      title: 'Laptop Only',
      tools: [{ group: 'Notes', tools: ['Joplin'] }],
    });
    planAll(target, 'Laptop path plan', 'laptop-only');
    const ticked = planByName(target, 'Test role by summer');
    expectOk(target.service.setItemStatus({ itemId: ticked.items[2]?.id ?? 0, status: 'done' }));

    const outcome = expectOk(target.service.importData({ bytes: exportBytes(source), mode: 'replace' }));

    expect(outcome.counts).toEqual({
      plansAdded: 0,
      plansReplaced: 3,
      plansRemoved: 2,
      itemsAdded: 9,
      pathsAdded: 0,
      pathsUpdated: 0,
    });
    expect(outcome.warnings).toEqual([
      'Replacing removes 1 career path you imported that is not in the file.',
    ]);
    expect(comparableData(target.db)).toEqual(comparableData(source.db));
    expect(expectOk(target.service.getPath({ pathId: builtInSpec.id ?? '' })).source).toBe('bundled');
    expect(expectOk(target.service.searchLibrary({ query: 'Joplin' }))).toEqual([]);
  });

  it('keeps the state before the import in the safety backup', () => {
    const source = openMachine(tempDir());
    fillWithStudyData(source);
    const target = computerWithEarlierCopy(source);

    const outcome = expectOk(target.service.importData({ bytes: exportBytes(source), mode: 'replace' }));

    // The earlier copy made the first backup; this import made the second.
    expect(target.backups).toHaveLength(2);
    expect(target.backups.at(-1)).toEqual(outcome.safetyBackup);
    const backupFile = join(dirname(target.db.name), outcome.safetyBackup.fileName);
    const backup = new BetterSqlite3(backupFile, { readonly: true });
    try {
      const names = backup.prepare('SELECT name FROM plans ORDER BY name').pluck().all();
      expect(names).toContain('Only on the laptop');
    } finally {
      backup.close();
    }
  });
});

describe('the preview', () => {
  it.each<DataImportMode>(['merge', 'replace'])('promises exactly what the %s import then does', (mode) => {
    const source = openMachine(tempDir());
    fillWithStudyData(source);
    const target = computerWithEarlierCopy(source);
    source.clock.set('2026-03-10T08:00:00.000Z');
    planAll(source, 'New on the desktop', 'test-role');
    importDocument(source, { ...importedSpec, certifications: [{ name: 'Delta', description: 'New.' }] });
    const bytes = exportBytes(source);

    const preview = expectOk(target.service.previewDataImport({ bytes, mode }));
    const outcome = expectOk(target.service.importData({ bytes, mode }));

    expect(preview.counts).toEqual(outcome.counts);
    expect(preview.warnings).toEqual(outcome.warnings);
    expect(preview).toMatchObject({ mode, exportedAt: outcome.exportedAt });
    expect(Object.values(preview.counts).some((count) => count > 0)).toBe(true);
  });

  it('changes nothing and makes no backup', () => {
    const source = openMachine(tempDir());
    fillWithStudyData(source);
    const target = computerWithEarlierCopy(source);
    const before = snapshotData(target.db);
    expectOk(target.service.previewDataImport({ bytes: exportBytes(source), mode: 'replace' }));
    expect(snapshotData(target.db)).toEqual(before);
    expect(target.backups).toHaveLength(1);
  });
});

describe('paths that cannot come across', () => {
  it('never overwrites a built-in path with an imported one of the same id', () => {
    const source = openMachine(tempDir());
    importDocument(source, { ...builtInSpec, title: 'My own Built-in Role' });
    planAll(source, 'Plan on my copy', 'built-in-role');
    const target = openMachine(tempDir());
    installBuiltInLibrary(target);
    const builtInBefore = expectOk(target.service.getPath({ pathId: 'built-in-role' }));

    const outcome = expectOk(target.service.importData({ bytes: exportBytes(source), mode: 'merge' }));

    expect(outcome.counts).toMatchObject({ pathsAdded: 0, pathsUpdated: 0, plansAdded: 1 });
    expect(outcome.warnings).toEqual([
      'The career path "My own Built-in Role" is not imported: the library here has a built-in path with the same id (built-in-role).',
    ]);
    expect(expectOk(target.service.getPath({ pathId: 'built-in-role' }))).toEqual(builtInBefore);
  });

  it('imports a plan whose path is neither built in nor in the file, with its own titles', () => {
    const source = openMachine(tempDir());
    importDocument(source, importedSpec);
    const original = planAll(source, 'Kept after removal', 'test-role');
    expectOk(source.service.setItemStatus({ itemId: original.items[0]?.id ?? 0, status: 'done' }));
    expectOk(source.service.removePath({ pathId: 'test-role', plans: 'keep' }));
    const target = openMachine(tempDir());

    const outcome = expectOk(target.service.importData({ bytes: exportBytes(source), mode: 'merge' }));

    expect(outcome.warnings).toEqual([
      'The plan "Kept after removal" was made from "Test Role", which is not in the library here; it keeps its own item titles.',
    ]);
    const plan = planByName(target, 'Kept after removal');
    expect(plan.pathTitle).toBe('Test Role');
    expect(plan.items.map((item) => [item.title, item.status, item.orphaned])).toEqual(
      original.items.map((item, index) => [item.title, index === 0 ? 'done' : 'todo', true]),
    );
  });
});

describe('when the import cannot be completed', () => {
  it('refuses without a backup facility and changes nothing', () => {
    const source = openMachine(tempDir());
    fillWithStudyData(source);
    const target = openMachine(tempDir(), { backups: 'none' });
    const before = snapshotData(target.db);

    const result = target.service.importData({ bytes: exportBytes(source), mode: 'merge' });

    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(!result.ok && result.error.message).toMatch(/backup/);
    expect(snapshotData(target.db)).toEqual(before);
  });

  it('refuses when the safety backup fails and changes nothing', () => {
    const source = openMachine(tempDir());
    fillWithStudyData(source);
    const target = openMachine(tempDir(), {
      backups: {
        list: () => [],
        create: () => fail('storage-failed', 'The disk is full.'),
        restore: () => fail('internal', 'unused'),
        startupNotice: () => null,
      },
    });
    const before = snapshotData(target.db);

    const result = target.service.importData({ bytes: exportBytes(source), mode: 'replace' });

    expect(result).toEqual(
      fail(
        'storage-failed',
        'The backup before the import could not be made, so nothing was imported. The disk is full.',
      ),
    );
    expect(snapshotData(target.db)).toEqual(before);
  });

  it('rolls everything back when writing fails part-way', () => {
    const source = openMachine(tempDir());
    fillWithStudyData(source);
    const target = computerWithEarlierCopy(source);
    // Simulates a failing disk on the last item the file brings, after the old plans are deleted.
    target.db.exec(`CREATE TRIGGER fail_late BEFORE INSERT ON plan_items WHEN NEW.title = 'Practice interview'
                    BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END`);
    const before = snapshotData(target.db);

    const result = target.service.importData({ bytes: exportBytes(source), mode: 'replace' });

    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(snapshotData(target.db)).toEqual(before);
  });

  it('accepts fields it does not know, from a newer build of the same format', () => {
    const source = openMachine(tempDir());
    fillWithStudyData(source);
    const document = JSON.parse(expectOk(source.service.exportData({})).json) as Record<string, unknown>;
    const target = openMachine(tempDir());
    installBuiltInLibrary(target);

    const result = target.service.importData({
      bytes: jsonBytes({ ...document, theme: 'dark', app: { version: '9.0.0', channel: 'beta' } }),
      mode: 'merge',
    });

    expect(expectOk(result).counts.plansAdded).toBe(3);
  });
});
