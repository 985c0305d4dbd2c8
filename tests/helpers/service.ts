import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { PlannerService } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { openDatabase, type Database } from '../../electron/backend/db';
import { createPlannerService } from '../../electron/backend/service';
import { fakeClock, type FakeClock } from './clock';
import { careerPathBytes, sampleSpec, type DocumentSpec } from './career-path-document';

export interface ServiceHarness {
  db: Database;
  service: PlannerService;
  clock: FakeClock;
  databaseFile: string;
  /** Storage failures the service reported instead of printing them. */
  logged: string[];
}

/** A service over a real database file in `dir`, with a fake clock at 2026-03-02 09:00 local time. */
export function serviceHarness(dir: string, start: Date = new Date(2026, 2, 2, 9, 0)): ServiceHarness {
  const databaseFile = join(dir, 'studypath.sqlite');
  const db = openDatabase(databaseFile);
  onTestFinished(() => {
    if (db.open) db.close();
  });
  const clock = fakeClock(start);
  const logged: string[] = [];
  const service = createPlannerService(db, { clock, log: (message) => void logged.push(message) });
  return { db, service, clock, databaseFile, logged };
}

/** Unwraps a result a test expects to succeed, showing the error when it did not. */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function importSpec(service: PlannerService, spec: DocumentSpec = sampleSpec, fileName = 'role.md') {
  return expectOk(service.importCareerPath({ fileName, bytes: careerPathBytes(spec) }));
}

/** Imports the sample path and plans all of it from 2026-03-02 to 2026-03-31. */
export function createSamplePlan(service: PlannerService) {
  const { pathId } = importSpec(service);
  const path = expectOk(service.getPath({ pathId }));
  return expectOk(
    service.createPlan({
      name: 'My plan',
      pathId,
      startDate: '2026-03-02',
      targetDate: '2026-03-31',
      itemKeys: path.items.map((item) => item.key),
    }),
  );
}

/** Every user-visible row, to prove a rejected call changed nothing. */
export function snapshotData(db: Database): unknown {
  return {
    paths: db.prepare('SELECT * FROM paths ORDER BY id').all(),
    pathItems: db.prepare('SELECT * FROM path_items ORDER BY key').all(),
    plans: db.prepare('SELECT * FROM plans ORDER BY id').all(),
    planItems: db.prepare('SELECT * FROM plan_items ORDER BY id').all(),
  };
}
