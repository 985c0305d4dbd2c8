import { describe, expect, it } from 'vitest';
import { serviceMethods, type PlannerService, type ServiceMethod } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { createSamplePlan, serviceHarness, snapshotData } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

const huge = 'x'.repeat(1_000_000);

/** Inputs an attacker or a buggy renderer could send; none of them may change anything. */
const badInputs: Record<ServiceMethod, unknown[]> = {
  listPaths: [null, 'all', { extra: 1 }],
  getPath: [{}, { pathId: '' }, { pathId: 42 }, { pathId: huge }],
  importCareerPath: [
    { fileName: 'a.md' },
    { fileName: 'a.md', bytes: 'text instead of bytes' },
    { fileName: '', bytes: new Uint8Array([1]) },
    { fileName: huge, bytes: new Uint8Array([1]) },
    { fileName: 'a.md', bytes: [35, 32, 65] },
  ],
  listPlans: [undefined, [], { planId: 1 }],
  getPlan: [{ planId: -1 }, { planId: 0 }, { planId: 1.5 }, { planId: '1' }, { planId: Number.MAX_VALUE }],
  createPlan: [
    { name: 'x', pathId: 'test-role', startDate: '2026-03-01', targetDate: '2026-02-01', itemKeys: [] },
    { name: '   ', pathId: 'test-role', startDate: '2026-03-01', targetDate: '2026-04-01', itemKeys: [] },
    { name: huge, pathId: 'test-role', startDate: '2026-03-01', targetDate: '2026-04-01', itemKeys: [] },
    { name: 'x', pathId: 'test-role', startDate: '2026-02-30', targetDate: '2026-04-01', itemKeys: [] },
    { name: 'x', pathId: 'test-role', startDate: '01/03/2026', targetDate: '2026-04-01', itemKeys: [] },
    { name: 'x', pathId: 'test-role', startDate: '2026-03-01', targetDate: '2026-04-01', itemKeys: 'all' },
    { name: 'x', pathId: 'test-role', startDate: '2026-03-01', targetDate: '2026-04-01', itemKeys: [''] },
    {
      name: 'x',
      pathId: 'test-role',
      startDate: '2026-03-01',
      targetDate: '2026-04-01',
      itemKeys: [],
      id: 7,
    },
  ],
  updatePlan: [
    { planId: -3, name: 'x' },
    { planId: 1, name: '' },
    { planId: 1, targetDate: 'soon' },
  ],
  deletePlan: [{ planId: 'all' }, { planId: -1 }, {}],
  setItemStatus: [{ itemId: 1, status: 'finished' }, { itemId: -1, status: 'done' }, { itemId: 1 }],
  updateItem: [
    { itemId: 1, title: '' },
    { itemId: 1, notes: huge },
    { itemId: 1, dueDate: '2026-13-01' },
    { itemId: 1, reminderAt: 'tomorrow at nine' },
    { itemId: 1, reminderAt: '2026-03-05T09:00:00' },
    { itemId: 1, status: 'done' },
  ],
  addCustomItem: [
    { planId: 1, title: '' },
    { planId: 1, title: huge },
    { planId: 0, title: 'x' },
    { planId: 1, title: 'x', dueDate: 5 },
  ],
  deleteItem: [{ itemId: null }, { itemId: -1 }, { itemId: 2 ** 60 }],
  getReminders: [{ now: '2030-01-01' }],
  removePath: [
    { pathId: 'test-role' },
    { pathId: 'test-role', plans: 'some' },
    { pathId: '', plans: 'keep' },
  ],
  searchLibrary: [{}, { query: 42 }, { query: huge }],
  getRelatedPaths: [{ pathId: 7 }, { pathId: 'test-role', limit: 0 }, { pathId: 'test-role', limit: 1.5 }],
  listBackups: [null, { all: true }],
  backupNow: [[], { kind: 'manual' }],
  restoreBackup: [{}, { fileName: '' }, { fileName: huge }, { fileName: 3 }],
  getStartupNotice: ['now'],
  exportData: [{ format: 'xml' }],
  previewDataImport: [
    { bytes: new Uint8Array([1]) },
    { bytes: '{}', mode: 'merge' },
    { bytes: new Uint8Array(), mode: 'mix' },
  ],
  updatePlanSchedule: [
    { planId: 1, budget: [60, 60, 60] },
    { planId: 1, budget: [60, 60, 60, 60, 60, 60, -5] },
    { planId: 1, budget: [60, 60, 60, 60, 60, 60, 2000] },
    { planId: 1, mode: 'whenever' },
    { planId: -1 },
  ],
  replanFromToday: [{}, { planId: '1' }],
  pausePlan: [{ planId: 0 }],
  resumePlan: [{ planId: null }],
  reorderItems: [{ planId: 1, itemIds: [] }, { planId: 1, itemIds: [1, -2] }, { planId: 1 }],
  updateCertification: [
    { itemId: 1, result: 'maybe' },
    { itemId: 1, examDate: 'next week' },
    { itemId: 1, validityYears: 0 },
    { itemId: 1, score: huge },
  ],
  addDeliverable: [
    { itemId: 1, title: '' },
    { itemId: 1, title: huge },
  ],
  updateDeliverable: [{ deliverableId: 1, done: 'yes' }, { deliverableId: -1 }],
  deleteDeliverable: [{ deliverableId: 'x' }],
  addEvidenceLink: [
    { itemId: 1, kind: 'repository', url: 'javascript:alert(1)' },
    { itemId: 1, kind: 'repository', url: 'https://user:pw@example.com/' },
    { itemId: 1, kind: 'video', url: 'https://example.com/' },
  ],
  deleteEvidenceLink: [{ linkId: 0 }],
  snoozeReminder: [{ itemId: 1, until: 'in ten minutes' }, { itemId: 1 }],
  setStudySessions: [
    { planId: 1, enabled: true, weekdays: [0], time: '19:00' },
    { planId: 1, enabled: true, weekdays: [1], time: '25:00' },
  ],
  getActivity: [{ weeks: 0 }, { weeks: 500 }],
  getSettings: [{ theme: 'dark' }],
  updateSettings: [{ renewalReminderDays: -1 }, { keepRunningInTray: 'yes' }, { colour: 'red' }],
  exportPlanIcs: [{ planId: 'all' }],
  importData: [{ mode: 'replace' }, { bytes: [1, 2], mode: 'merge' }],
};

/** Ids that pass validation but match nothing. */
const unknownIdInputs: Partial<Record<ServiceMethod, unknown>> = {
  getPath: { pathId: 'no-such-path' },
  getPlan: { planId: 9999 },
  updatePlan: { planId: 9999, name: 'x' },
  deletePlan: { planId: 9999 },
  setItemStatus: { itemId: 9999, status: 'done' },
  updateItem: { itemId: 9999, notes: 'x' },
  addCustomItem: { planId: 9999, title: 'x' },
  deleteItem: { itemId: 9999 },
};

function call(service: PlannerService, method: ServiceMethod, input: unknown): Result<unknown> {
  // Deliberately untyped: this is what arrives over IPC or HTTP.
  const untyped = service[method] as (input: unknown) => Result<unknown>;
  return untyped(input);
}

describe('every service method', () => {
  it.each(serviceMethods)('%s rejects malformed input with a clear message and changes nothing', (method) => {
    const { service, db } = serviceHarness(tempDir());
    createSamplePlan(service);
    const before = snapshotData(db);
    const inputs = badInputs[method];
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) {
      const result = call(service, method, input);
      expect(result, JSON.stringify(input)?.slice(0, 120)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
      expect(!result.ok && result.error.message).toMatch(new RegExp(`^Invalid request to ${method}: .+`));
      expect(!result.ok && result.error.message.length).toBeLessThan(1000);
    }
    expect(snapshotData(db)).toEqual(before);
  });

  it.each(Object.entries(unknownIdInputs))(
    '%s reports an unknown id as not found and changes nothing',
    (method, input) => {
      const { service, db } = serviceHarness(tempDir());
      createSamplePlan(service);
      const before = snapshotData(db);
      expect(call(service, method as ServiceMethod, input)).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
      expect(snapshotData(db)).toEqual(before);
    },
  );
});
