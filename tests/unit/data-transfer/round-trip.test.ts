import { describe, expect, it } from 'vitest';
import type { DataImportMode } from '../../../shared/domain';
import { ReminderScheduler } from '../../../electron/backend/reminders';
import { recordingNotifier } from '../../helpers/notifier';
import { useTempDir } from '../../helpers/temp-dir';
import {
  comparableData,
  expectOk,
  exportBytes,
  fillWithStudyData,
  installBuiltInLibrary,
  openMachine,
} from './transfer-harness';

const tempDir = useTempDir();

function withoutExportTime(json: string): unknown {
  const { exportedAt: _exportedAt, ...rest } = JSON.parse(json) as { exportedAt: string };
  return rest;
}

describe.each<DataImportMode>(['merge', 'replace'])('moving everything to a new computer (%s)', (mode) => {
  it('brings every plan, tick, note, date, reminder, custom and orphaned item and imported path', () => {
    const source = openMachine(tempDir());
    fillWithStudyData(source);
    const target = openMachine(tempDir());
    installBuiltInLibrary(target);

    const outcome = expectOk(target.service.importData({ bytes: exportBytes(source), mode }));

    expect(comparableData(target.db)).toEqual(comparableData(source.db));
    expect(withoutExportTime(expectOk(target.service.exportData({})).json)).toEqual(
      withoutExportTime(expectOk(source.service.exportData({})).json),
    );
    expect(outcome.counts).toEqual({
      plansAdded: 3,
      plansReplaced: 0,
      plansRemoved: 0,
      itemsAdded: 5 + 2 + 2,
      pathsAdded: 2,
      pathsUpdated: 0,
    });
    expect(outcome.warnings).toEqual([]);
    expect(outcome.safetyBackup.kind).toBe('before-import');
    expect(
      expectOk(target.service.searchLibrary({ query: 'spreadsheets' })).map((hit) => hit.pathId),
    ).toEqual(['other-role']);
  });

  it('shows the moved plans with their progress and orphaned items as the old computer did', () => {
    const source = openMachine(tempDir());
    fillWithStudyData(source);
    const target = openMachine(tempDir());
    installBuiltInLibrary(target);
    expectOk(target.service.importData({ bytes: exportBytes(source), mode }));

    const strip = (plans: { id: number }[]) => plans.map(({ id: _id, ...rest }) => rest);
    expect(strip(expectOk(target.service.listPlans({})))).toEqual(
      strip(expectOk(source.service.listPlans({}))),
    );
    const main = expectOk(target.service.listPlans({})).find((plan) => plan.name === 'Test role by summer');
    const items = expectOk(target.service.getPlan({ planId: main?.id ?? 0 })).items;
    expect(items.map((item) => [item.title, item.status, item.orphaned])).toEqual([
      ['Editors', 'in-progress', false],
      ['Alpha Certificate', 'done', false],
      ['Beta Certificate (renamed)', 'todo', false],
      ['Build a Widget', 'todo', true],
      ['Practice interview', 'done', false],
    ]);
    expect(items[2]).toMatchObject({
      notes: 'Book the exam after the practice test.\nSecond line — ünïcödé.',
      dueDate: '2026-04-15',
      reminderAt: '2026-03-02T10:30:00.000Z',
    });
  });

  it('does not repeat a reminder the old computer already showed, and still shows the ones to come', () => {
    const source = openMachine(tempDir());
    fillWithStudyData(source);
    const target = openMachine(tempDir());
    installBuiltInLibrary(target);
    expectOk(target.service.importData({ bytes: exportBytes(source), mode }));

    const notifier = recordingNotifier();
    target.clock.set('2026-05-01T09:00:00.000Z');
    const scheduler = new ReminderScheduler({ db: target.db, clock: target.clock, notifier });
    expect(scheduler.checkNow()).toBe(1);
    expect(notifier.shown.map((n) => n.body + n.title)).toEqual([expect.stringContaining('Build a Widget')]);
  });
});
