import { describe, expect, it } from 'vitest';
import type { DataImportMode, PlanDetail } from '../../../shared/domain';
import { useTempDir } from '../../helpers/temp-dir';
import { importTrackedRole } from '../service/tracking-fixtures';
import {
  comparableData,
  expectOk,
  exportBytes,
  installBuiltInLibrary,
  jsonBytes,
  openMachine,
  type Machine,
} from './transfer-harness';

const tempDir = useTempDir();

function itemId(plan: PlanDetail, title: string): number {
  const item = plan.items.find((i) => i.title === title);
  if (item === undefined) throw new Error(`no item "${title}"`);
  return item.id;
}

/**
 * A plan with everything schema 30 added: a budget and mode, a pause, study sessions, effort,
 * a skipped item, a certification record with reminders already shown, ticked, renamed and
 * deleted deliverables, evidence links, a snoozed reminder, and settings.
 */
function fillWithTracking(machine: Machine): void {
  const { service, db, clock } = machine;
  installBuiltInLibrary(machine);
  const pathId = importTrackedRole(service);
  const keys = expectOk(service.getPath({ pathId })).items.map((item) => item.key);
  const plan = expectOk(
    service.createPlan({
      name: 'Cloud by winter',
      pathId,
      startDate: '2026-03-02',
      targetDate: '2026-12-18',
      itemKeys: keys,
      budget: [45, 45, 0, 45, 45, 240, 60],
      mode: 'asap',
    }),
  );
  const cert = itemId(plan, 'Cloud Basics');
  const project = itemId(plan, 'Build a status page');
  clock.advance(3_600_000);
  expectOk(service.updateItem({ itemId: itemId(plan, 'Cloud Architect'), effortHours: 95.5 }));
  expectOk(service.setItemStatus({ itemId: itemId(plan, 'Terminals'), status: 'skipped' }));
  expectOk(
    service.updateCertification({
      itemId: cert,
      examDate: '2026-03-20',
      bookingNote: 'Voucher 42 — centre B',
      result: 'passed',
      score: '870/1000',
      earnedDate: '2026-03-20',
    }),
  );
  expectOk(service.updateCertification({ itemId: cert, expiresDate: '2029-01-31' }));
  db.prepare(
    `UPDATE plan_items SET exam_notified_at = '2026-03-19T08:00:00.000Z', renewal_notified_at = NULL WHERE id = ?`,
  ).run(cert);

  const [first, second, third] = expectOk(service.getPlan({ planId: plan.id })).items.find(
    (i) => i.id === project,
  )!.deliverables;
  expectOk(
    service.updateDeliverable({ deliverableId: first!.id, done: true, title: 'Repository with README' }),
  );
  expectOk(service.deleteDeliverable({ deliverableId: second!.id }));
  expectOk(service.updateDeliverable({ deliverableId: third!.id, done: true }));
  expectOk(service.addDeliverable({ itemId: project, title: 'Uptime chart for a month' }));
  expectOk(
    service.addEvidenceLink({ itemId: project, kind: 'repository', url: 'https://git.example/status' }),
  );
  expectOk(
    service.addEvidenceLink({
      itemId: project,
      kind: 'write-up',
      url: 'https://blog.example/post',
      label: 'Post',
    }),
  );
  expectOk(
    service.addEvidenceLink({ itemId: cert, kind: 'other', url: 'https://badge.example/1', label: 'Badge' }),
  );
  expectOk(service.updateItem({ itemId: project, reminderAt: '2026-03-02T12:00:00.000Z' }));
  expectOk(service.snoozeReminder({ itemId: project, until: '2026-03-03T09:00:00.000Z' }));
  expectOk(service.setStudySessions({ planId: plan.id, enabled: true, weekdays: [1, 3, 6], time: '06:45' }));
  db.prepare(`UPDATE plans SET study_notified_at = '2026-03-02T05:45:00.000Z' WHERE id = ?`).run(plan.id);
  expectOk(service.pausePlan({ planId: plan.id }));
  expectOk(service.updateSettings({ renewalReminderDays: 45, keepRunningInTray: true }));
}

function withoutExportTime(json: string): unknown {
  const { exportedAt: _exportedAt, ...rest } = JSON.parse(json) as { exportedAt: string };
  return rest;
}

describe.each<DataImportMode>(['merge', 'replace'])('moving planning data to a new computer (%s)', (mode) => {
  it('brings the schedule, effort, statuses, certification records, deliverables, links and snoozes', () => {
    const source = openMachine(tempDir());
    fillWithTracking(source);
    const target = openMachine(tempDir());
    installBuiltInLibrary(target);
    expectOk(target.service.updateSettings({ startAtLogin: true }));

    expectOk(target.service.importData({ bytes: exportBytes(source), mode }));

    const { settings: sourceSettings, ...sourceData } = comparableData(source.db) as { settings: unknown };
    const { settings: targetSettings, ...targetData } = comparableData(target.db) as { settings: unknown };
    expect(targetData).toEqual(sourceData);
    const strip = (plans: { id: number; items?: unknown }[]) => plans.map(({ id: _id, ...rest }) => rest);
    expect(strip(expectOk(target.service.listPlans({})))).toEqual(
      strip(expectOk(source.service.listPlans({}))),
    );
    const [moved] = expectOk(target.service.listPlans({}));
    const [original] = expectOk(source.service.listPlans({}));
    const detail = (machine: Machine, planId: number) => {
      const { id: _id, items, ...rest } = expectOk(machine.service.getPlan({ planId }));
      return {
        ...rest,
        items: items.map(({ id: _itemId, planId: _planId, deliverables, evidence, ...item }) => ({
          ...item,
          deliverables: deliverables.map(({ title, done }) => ({ title, done })),
          evidence: evidence.map(({ kind, url, label }) => ({ kind, url, label })),
        })),
      };
    };
    expect(detail(target, moved?.id ?? 0)).toEqual(detail(source, original?.id ?? 0));

    if (mode === 'replace') {
      expect(targetSettings).toEqual(sourceSettings);
      expect(withoutExportTime(expectOk(target.service.exportData({})).json)).toEqual(
        withoutExportTime(expectOk(source.service.exportData({})).json),
      );
    } else {
      expect(expectOk(target.service.getSettings({}))).toEqual({
        renewalReminderDays: 90,
        keepRunningInTray: false,
        startAtLogin: true,
      });
    }
  });
});

/** The same document as a version 1 build wrote it: none of the fields version 2 added. */
function asVersion1(json: string): unknown {
  const document = JSON.parse(json) as {
    schemaVersion: number;
    settings?: unknown;
    paths: { items: Record<string, unknown>[] }[];
    plans: (Record<string, unknown> & { items: Record<string, unknown>[] })[];
  };
  const { settings: _settings, ...rest } = document;
  return {
    ...rest,
    schemaVersion: 1,
    paths: document.paths.map((path) => ({
      ...path,
      items: path.items.map(({ details: _details, ...item }) => item),
    })),
    plans: document.plans.map(
      ({
        budget: _b,
        mode: _m,
        pausedSince: _p,
        studySessions: _s,
        studyNotifiedAt: _n,
        items,
        ...plan
      }) => ({
        ...plan,
        items: items.map(
          ({
            effortHours: _e,
            startDate: _sd,
            snoozedUntil: _su,
            certification: _c,
            deliverables: _d,
            evidence: _ev,
            status,
            ...item
          }) => ({ ...item, status: status === 'skipped' ? 'todo' : status }),
        ),
      }),
    ),
  };
}

describe('a version 1 export', () => {
  it('still imports, each new field getting what the database upgrade gives it', () => {
    const source = openMachine(tempDir());
    fillWithTracking(source);
    const version1 = asVersion1(expectOk(source.service.exportData({})).json);
    const target = openMachine(tempDir());
    installBuiltInLibrary(target);

    const outcome = expectOk(target.service.importData({ bytes: jsonBytes(version1), mode: 'replace' }));
    expect(outcome.counts).toMatchObject({ plansAdded: 1, itemsAdded: 4, pathsAdded: 1 });

    const [plan] = expectOk(target.service.listPlans({}));
    const detail = expectOk(target.service.getPlan({ planId: plan?.id ?? 0 }));
    expect(detail.schedule).toMatchObject({
      budget: [60, 60, 60, 60, 60, 180, 0],
      mode: 'target',
      pausedSince: null,
    });
    expect(detail.studySessions).toEqual({ enabled: false, weekdays: [1, 2, 3, 4, 5], time: '19:00' });
    expect(detail.items.map((item) => [item.title, item.status, item.effortHours])).toEqual([
      ['Cloud Basics', 'done', 30],
      ['Terminals', 'todo', 20],
      ['Build a status page', 'todo', 12],
      ['Cloud Architect', 'todo', 120],
    ]);
    for (const item of detail.items) {
      expect(item).toMatchObject({ startDate: null, snoozedUntil: null, deliverables: [], evidence: [] });
    }
    expect(detail.items[0]?.certification).toEqual({
      examDate: null,
      bookingNote: '',
      result: null,
      score: '',
      earnedDate: null,
      validityYears: null,
      expiresDate: null,
    });
    expect(expectOk(target.service.getSettings({})).renewalReminderDays).toBe(90);
    // The path's details come from its content, so new plans still get deliverables.
    const details = target.db
      .prepare(`SELECT details_json FROM path_items WHERE key = 'tracked-role/project/build-a-status-page'`)
      .pluck()
      .get() as string;
    expect(JSON.parse(details)).toMatchObject({
      deliverables: expect.arrayContaining(['A live demo anyone can open']),
    });
  });

  it('finds a path it already brought unchanged, though the old file has no item details', () => {
    const source = openMachine(tempDir());
    fillWithTracking(source);
    const json = expectOk(source.service.exportData({})).json;
    const target = openMachine(tempDir());
    installBuiltInLibrary(target);
    expectOk(target.service.importData({ bytes: jsonBytes(json), mode: 'merge' }));

    const preview = expectOk(
      target.service.previewDataImport({ bytes: jsonBytes(asVersion1(json)), mode: 'merge' }),
    );
    expect(preview.counts).toMatchObject({ pathsAdded: 0, pathsUpdated: 0, plansAdded: 0 });
  });
});

describe('a damaged version 2 export', () => {
  function damaged(change: (document: { plans: Record<string, unknown>[] }) => void): unknown {
    const source = openMachine(tempDir());
    fillWithTracking(source);
    const document = JSON.parse(expectOk(source.service.exportData({})).json) as {
      plans: (Record<string, unknown> & { items: Record<string, unknown>[] })[];
    };
    change(document);
    const target = openMachine(tempDir());
    const result = target.service.importData({ bytes: jsonBytes(document), mode: 'merge' });
    expect(expectOk(target.service.listPlans({}))).toEqual([]);
    return result;
  }

  it('is refused for an unsafe evidence link, an exam record on a tool, or an empty budget', () => {
    type Doc = { plans: (Record<string, unknown> & { items: Record<string, unknown>[] })[] };
    const cases: [(document: Doc) => void, RegExp][] = [
      [
        (d) => {
          d.plans[0]!.items[2]!['evidence'] = [{ kind: 'demo', url: 'javascript:alert(1)', label: '' }];
        },
        /plans\.0\.items\.2\.evidence\.0\.url: not an http\(s\) web address/,
      ],
      [
        (d) => {
          d.plans[0]!.items[1]!['certification'] = (d.plans[0]!.items[0] as Record<string, unknown>)[
            'certification'
          ];
        },
        /plans\.0\.items\.1\.certification: only a certification has an exam record/,
      ],
      [
        (d) => {
          d.plans[0]!['budget'] = [0, 0, 0, 0, 0, 0, 0];
        },
        /plans\.0\.budget: not a weekly budget/,
      ],
    ];
    for (const [change, message] of cases) {
      expect(damaged(change as (document: { plans: Record<string, unknown>[] }) => void)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument', message: expect.stringMatching(message) },
      });
    }
  });
});
