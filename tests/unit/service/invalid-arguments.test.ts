import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  serviceMethods,
  serviceSchemas,
  type PlannerService,
  type ServiceMethod,
} from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { createBackupStore } from '../../../electron/backend/backup';
import { openDatabase } from '../../../electron/backend/db';
import { createPlannerService } from '../../../electron/backend/service';
import { fakeClock } from '../../helpers/clock';
import { malformedInputs, unknownIdInputs, validInput } from '../../helpers/contract-inputs';
import { filesIn, snapshotAllTables } from '../../helpers/database-snapshot';
import { createSamplePlan, expectOk } from '../../helpers/service';
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
  restoreItem: [{}, { itemId: '3' }, { itemId: 0 }, { itemId: 1, planId: 1 }],
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

/** Names that reach outside the backups folder or could never be a backup. */
const foreignBackupNames = [
  '../studypath.sqlite',
  '/etc/passwd',
  'backups/../../studypath.sqlite',
  'nul',
  '.',
];

function call(service: PlannerService, method: ServiceMethod, input: unknown): Result<unknown> {
  // Deliberately untyped: this is what arrives over IPC or HTTP.
  const untyped = service[method] as (input: unknown) => Result<unknown>;
  return untyped(input);
}

/** A service with real backups over a database holding one imported path and a plan of it. */
function plannerWithData() {
  const dataDir = tempDir();
  const backupsDir = join(dataDir, 'backups');
  const db = openDatabase(join(dataDir, 'studypath.sqlite'));
  onTestFinished(() => {
    if (db.open) db.close();
  });
  const clock = fakeClock(new Date(2026, 2, 2, 9, 0));
  const logged: string[] = [];
  const log = (message: string) => void logged.push(message);
  const backups = createBackupStore({ db, backupsDir, clock, log });
  const service = createPlannerService(db, { clock, backups, log });
  createSamplePlan(service);
  expectOk(service.backupNow({}));
  const everything = () => ({ tables: snapshotAllTables(db), backups: filesIn(backupsDir) });
  return { service, everything, logged };
}

/** A message for a person: short, one sentence or two, no stack trace, no echo of a huge input. */
function expectClearMessage(result: Result<unknown>, context: string): void {
  if (result.ok) throw new Error(`${context}: expected a refusal, got success`);
  const { message } = result.error;
  expect(message.length, context).toBeGreaterThan(10);
  expect(message.length, context).toBeLessThan(1000);
  expect(message, context).not.toMatch(/\n\s*at |Error:|\[object /);
}

describe('every service method', () => {
  it.each(serviceMethods)('%s rejects malformed input with a clear message and changes nothing', (method) => {
    const { service, everything } = plannerWithData();
    const before = everything();
    const inputs = badInputs[method];
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) {
      const result = call(service, method, input);
      const context = JSON.stringify(input)?.slice(0, 120) ?? 'undefined';
      expect(result, context).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(!result.ok && result.error.message).toMatch(new RegExp(`^Invalid request to ${method}: .+`));
      expectClearMessage(result, context);
    }
    expect(everything()).toEqual(before);
  });

  it.each(serviceMethods)(
    '%s refuses wrong types, 1 MB strings, negative and fractional ids and unknown fields, changing nothing',
    (method) => {
      const { service, everything } = plannerWithData();
      const before = everything();
      const inputs = malformedInputs(method);
      expect(inputs.length).toBeGreaterThanOrEqual(8);
      for (const { problem, input } of inputs) {
        const result = call(service, method, input);
        expect(result, problem).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
        expectClearMessage(result, `${method} with ${problem}`);
      }
      expect(everything()).toEqual(before);
    },
  );

  it.each(serviceMethods)('%s: the malformed variants start from an input its schema accepts', (method) => {
    // Otherwise a variant could be refused for a reason other than the one it tests.
    expect(serviceSchemas[method].safeParse(validInput(method)).success).toBe(true);
  });

  it.each(Object.entries(unknownIdInputs))(
    '%s reports an unknown id as not found and changes nothing',
    (method, input) => {
      const { service, everything } = plannerWithData();
      const before = everything();
      const result = call(service, method as ServiceMethod, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expectClearMessage(result, method);
      expect(everything()).toEqual(before);
    },
  );

  it.each(foreignBackupNames)('restoreBackup refuses "%s", which is not one of the backups', (fileName) => {
    const { service, everything } = plannerWithData();
    const before = everything();
    const result = service.restoreBackup({ fileName });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expectClearMessage(result, fileName);
    expect(everything()).toEqual(before);
  });
});

describe('data files that are not StudyPath exports', () => {
  const notExports: [string, Uint8Array<ArrayBuffer>][] = [
    ['empty', new Uint8Array()],
    ['random bytes', new Uint8Array(Array.from({ length: 4096 }, (_, index) => (index * 151 + 7) % 256))],
    ['JSON of another kind', new TextEncoder().encode('{"type":"FeatureCollection","features":[]}')],
    ['deeply nested JSON', new TextEncoder().encode('['.repeat(100_000) + ']'.repeat(100_000))],
    ['JSON with a prototype key', new TextEncoder().encode('{"__proto__":{"polluted":true},"plans":[]}')],
  ];

  it.each(notExports)(
    'a %s file is explained and changes nothing, in a preview or an import',
    (_kind, bytes) => {
      const { service, everything } = plannerWithData();
      const before = everything();
      for (const mode of ['merge', 'replace'] as const) {
        for (const result of [
          service.previewDataImport({ bytes, mode }),
          service.importData({ bytes, mode }),
        ]) {
          expect(result.ok).toBe(false);
          expect(!result.ok && result.error.code).not.toBe('internal');
          expectClearMessage(result, `${_kind} ${mode}`);
        }
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(everything()).toEqual(before);
    },
  );
});
