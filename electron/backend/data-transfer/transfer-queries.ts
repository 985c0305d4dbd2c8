/** The reads behind a data export and an import plan. */
import type { Database } from '../db';
import type { PlanItemRow } from '../repo/items';
import type { PathItemRow, PathRow } from '../repo/paths';
import type { PlanRow } from '../repo/plans';
import { normaliseStudySessions } from '../repo/study-sessions';
import type { ExportedPlan } from './export-format';

export function listImportedPathRows(db: Database): PathRow[] {
  return db.prepare<[], PathRow>(`SELECT * FROM paths WHERE source = 'imported' ORDER BY id`).all();
}

/** In stored order, so writing them back in this order gives every item its old position. */
export function listPathItemRowsInOrder(db: Database, pathId: string): PathItemRow[] {
  return db
    .prepare<[string], PathItemRow>('SELECT * FROM path_items WHERE path_id = ? ORDER BY position, key')
    .all(pathId);
}

export function listPlanRows(db: Database): PlanRow[] {
  return db.prepare<[], PlanRow>('SELECT * FROM plans ORDER BY created_at, id').all();
}

export function listPlanItemRows(db: Database, planId: number): PlanItemRow[] {
  return db
    .prepare<[number], PlanItemRow>('SELECT * FROM plan_items WHERE plan_id = ? ORDER BY position, id')
    .all(planId);
}

/** What a plan carries besides its schedule settings; a version 1 file leaves the defaults. */
export function writePlanTracking(
  db: Database,
  planId: number,
  plan: Pick<ExportedPlan, 'pausedSince' | 'studySessions' | 'studyNotifiedAt'>,
): void {
  db.prepare<{ id: number; paused_since: string | null; sessions: string | null; notified: string | null }>(
    `UPDATE plans SET paused_since = @paused_since,
       study_sessions_json = coalesce(@sessions, study_sessions_json), study_notified_at = @notified
     WHERE id = @id`,
  ).run({
    id: planId,
    paused_since: plan.pausedSince ?? null,
    sessions:
      plan.studySessions === undefined ? null : JSON.stringify(normaliseStudySessions(plan.studySessions)),
    notified: plan.studyNotifiedAt ?? null,
  });
}
