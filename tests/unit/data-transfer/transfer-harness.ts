/** Two StudyPath databases side by side, with real backups, for moving data between them. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { PlannerService } from '../../../shared/contract';
import type { BackupInfo, BackupKind, PlanDetail } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import { openDatabase, type Database } from '../../../electron/backend/db';
import { markRemindersNotified } from '../../../electron/backend/repo/reminders';
import { readSettings } from '../../../electron/backend/repo/settings';
import type { BackupPort } from '../../../electron/backend/service/context';
import { createPlannerService, importPathDocument } from '../../../electron/backend/service';
import { careerPathBytes, type DocumentSpec } from '../../helpers/career-path-document';
import { fakeClock, type FakeClock } from '../../helpers/clock';
import { expectOk, snapshotData } from '../../helpers/service';

export interface Machine {
  db: Database;
  service: PlannerService;
  clock: FakeClock;
  /** Backups made so far, oldest first. */
  backups: BackupInfo[];
}

/** Copies the live database with VACUUM INTO, which SQLite refuses inside a transaction. */
function vacuumBackups(db: Database, dir: string, clock: FakeClock, made: BackupInfo[]): BackupPort {
  return {
    list: () => [...made].reverse(),
    create(kind: BackupKind): Result<BackupInfo> {
      const fileName = `backup-${made.length + 1}-${kind}.sqlite`;
      const file = join(dir, fileName);
      db.prepare('VACUUM INTO ?').run(file);
      const info = { fileName, kind, createdAt: clock.now().toISOString(), sizeBytes: statSync(file).size };
      made.push(info);
      return ok(info);
    },
    restore: () => fail('internal', 'not used in these tests'),
    startupNotice: () => null,
  };
}

export function openMachine(
  dir: string,
  options: { backups?: 'vacuum' | 'none' | BackupPort; start?: Date } = {},
): Machine {
  const db = openDatabase(join(dir, 'studypath.sqlite'));
  onTestFinished(() => {
    if (db.open) db.close();
  });
  const clock = fakeClock(options.start ?? new Date('2026-03-02T09:00:00.000Z'));
  const made: BackupInfo[] = [];
  const choice = options.backups ?? 'vacuum';
  const backups =
    choice === 'vacuum' ? vacuumBackups(db, dir, clock, made) : choice === 'none' ? undefined : choice;
  const service = createPlannerService(db, {
    clock,
    ...(backups && { backups }),
    log: () => undefined,
  });
  return { db, service, clock, backups: made };
}

export const builtInSpec: DocumentSpec = {
  id: 'built-in-role',
  title: 'Built-in Role',
  certifications: [{ name: 'Gamma Certificate', description: 'Ships with the app.' }],
  tools: [{ group: 'Terminals', tools: ['Bash', 'Zsh'] }],
};

export const importedSpec: DocumentSpec = {
  id: 'test-role',
  title: 'Test Role',
  certifications: [
    { name: 'Alpha Certificate', description: 'The first certificate.' },
    { name: 'Beta Certificate', description: 'The second certificate.' },
  ],
  tools: [{ group: 'Editors', tools: ['Vim', 'Nano'] }],
  projects: [{ title: 'Build a Widget', description: 'A small project.' }],
};

export const secondImportedSpec: DocumentSpec = {
  id: 'other-role',
  title: 'Other Role',
  tools: [{ group: 'Spreadsheets', tools: ['LibreOffice Calc'] }],
  projects: [{ title: 'Budget Sheet', description: 'Track a month of spending.' }],
};

/** The library every install ships: present on both machines before any import. */
export function installBuiltInLibrary(machine: Machine): void {
  expectOk(
    importPathDocument(machine.db, 'built-in.md', careerPathBytes(builtInSpec), 'bundled', machine.clock),
  );
}

export function importDocument(machine: Machine, spec: DocumentSpec, fileName = `${spec.id}.md`): void {
  expectOk(machine.service.importCareerPath({ fileName, bytes: careerPathBytes(spec) }));
}

export function planAll(machine: Machine, name: string, pathId: string): PlanDetail {
  const path = expectOk(machine.service.getPath({ pathId }));
  return expectOk(
    machine.service.createPlan({
      name,
      pathId,
      startDate: '2026-03-02',
      targetDate: '2026-06-30',
      itemKeys: path.items.map((item) => item.key),
    }),
  );
}

function itemId(plan: PlanDetail, title: string): number {
  const item = plan.items.find((i) => i.title === title);
  if (item === undefined) throw new Error(`no item "${title}" in ${plan.name}`);
  return item.id;
}

/**
 * A machine with a bit of everything: two imported paths, a plan on each and one on the
 * built-in path, ticks, notes, moved dates, reminders (one already shown), a custom item and
 * an item whose content the path no longer has.
 */
export function fillWithStudyData(machine: Machine): void {
  const { service, clock, db } = machine;
  installBuiltInLibrary(machine);
  importDocument(machine, importedSpec);
  importDocument(machine, secondImportedSpec);

  const main = planAll(machine, 'Test role by summer', 'test-role');
  clock.advance(60_000);
  const builtIn = planAll(machine, 'Built-in basics', 'built-in-role');
  clock.advance(60_000);
  planAll(machine, 'Other role', 'other-role');

  clock.advance(3_600_000);
  expectOk(service.setItemStatus({ itemId: itemId(main, 'Alpha Certificate'), status: 'done' }));
  expectOk(service.setItemStatus({ itemId: itemId(main, 'Editors'), status: 'in-progress' }));
  expectOk(service.setItemStatus({ itemId: itemId(builtIn, 'Terminals'), status: 'done' }));
  expectOk(
    service.updateItem({
      itemId: itemId(main, 'Beta Certificate'),
      title: 'Beta Certificate (renamed)',
      notes: 'Book the exam after the practice test.\nSecond line — ünïcödé.',
      dueDate: '2026-04-15',
      reminderAt: '2026-03-02T10:30:00.000Z',
    }),
  );
  expectOk(
    service.updateItem({ itemId: itemId(main, 'Build a Widget'), reminderAt: '2026-05-01T08:00:00.000Z' }),
  );
  const custom = expectOk(
    service.addCustomItem({
      planId: main.id,
      title: 'Practice interview',
      description: 'With a friend',
      dueDate: '2026-05-20',
    }),
  );
  expectOk(service.setItemStatus({ itemId: custom.id, status: 'done' }));
  // The reminder at 10:30 has gone off on this machine.
  clock.set('2026-03-02T11:00:00.000Z');
  markRemindersNotified(db, [itemId(main, 'Beta Certificate')], clock.now().toISOString());

  // "Build a Widget" leaves the path: the plan keeps it, marked as orphaned.
  clock.advance(60_000);
  importDocument(machine, {
    ...importedSpec,
    projects: [{ title: 'Build a Gadget', description: 'Another.' }],
  });
}

/** Every row a person could notice, without the ids that differ from one database to another. */
export function comparableData(db: Database): unknown {
  const plans = db.prepare('SELECT * FROM plans ORDER BY created_at, name').all() as { id: number }[];
  return {
    paths: (db.prepare('SELECT * FROM paths ORDER BY id').all() as { content_json: string }[]).map((row) => ({
      ...row,
      content_json: JSON.parse(row.content_json) as unknown,
    })),
    pathItems: db.prepare('SELECT * FROM path_items ORDER BY key').all(),
    plans: plans.map(({ id, ...plan }) => ({
      ...plan,
      items: db
        .prepare('SELECT * FROM plan_items WHERE plan_id = ? ORDER BY position, id')
        .all(id)
        .map((row) => {
          const { id: itemId, plan_id: _planId, ...item } = row as { id: number; plan_id: number };
          // In their order; positions may have gaps where one was deleted, and ids differ.
          const children = (table: string, columns: string) =>
            db.prepare(`SELECT ${columns} FROM ${table} WHERE item_id = ? ORDER BY position, id`).all(itemId);
          return {
            ...item,
            deliverables: children('plan_item_deliverables', 'title, done'),
            links: children('plan_item_links', 'kind, url, label'),
          };
        }),
    })),
    // A file carries every setting; the database only the ones ever changed.
    settings: readSettings(db),
  };
}

export function jsonBytes(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
}

export function exportBytes(machine: Machine): Uint8Array<ArrayBuffer> {
  return jsonBytes(expectOk(machine.service.exportData({})).json);
}

export { expectOk, snapshotData };
