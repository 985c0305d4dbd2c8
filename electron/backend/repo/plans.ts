/** Study plans: the user's own data, independent of the content tables. */
import type { IsoDate, IsoDateTime, PlanSummary } from '../../../shared/domain';
import type { Database } from '../db';

export interface PlanRow {
  id: number;
  name: string;
  path_id: string;
  path_title: string;
  start_date: IsoDate;
  target_date: IsoDate;
  created_at: IsoDateTime;
}

interface PlanSummaryRow extends PlanRow {
  current_path_title: string | null;
  total: number;
  done: number;
}

export type NewPlanRow = Omit<PlanRow, 'id'>;

function rowToPlanSummary(row: PlanSummaryRow): PlanSummary {
  return {
    id: row.id,
    name: row.name,
    pathId: row.path_id,
    // The title saved at creation keeps a plan readable even if its path is gone.
    pathTitle: row.current_path_title ?? row.path_title,
    startDate: row.start_date,
    targetDate: row.target_date,
    createdAt: row.created_at,
    total: row.total,
    done: row.done,
  };
}

const SUMMARY_SELECT = `
  SELECT pl.*, pa.title AS current_path_title,
         (SELECT count(*) FROM plan_items i WHERE i.plan_id = pl.id) AS total,
         (SELECT count(*) FROM plan_items i WHERE i.plan_id = pl.id AND i.status = 'done') AS done
  FROM plans pl LEFT JOIN paths pa ON pa.id = pl.path_id`;

export function listPlanSummaries(db: Database): PlanSummary[] {
  return db
    .prepare<[], PlanSummaryRow>(`${SUMMARY_SELECT} ORDER BY pl.created_at DESC, pl.id DESC`)
    .all()
    .map(rowToPlanSummary);
}

export function findPlanSummary(db: Database, planId: number): PlanSummary | undefined {
  const row = db.prepare<[number], PlanSummaryRow>(`${SUMMARY_SELECT} WHERE pl.id = ?`).get(planId);
  return row === undefined ? undefined : rowToPlanSummary(row);
}

export function findPlan(db: Database, planId: number): PlanRow | undefined {
  return db.prepare<[number], PlanRow>('SELECT * FROM plans WHERE id = ?').get(planId);
}

export function insertPlan(db: Database, plan: NewPlanRow): number {
  const result = db
    .prepare<NewPlanRow>(
      `INSERT INTO plans (name, path_id, path_title, start_date, target_date, created_at)
       VALUES (@name, @path_id, @path_title, @start_date, @target_date, @created_at)`,
    )
    .run(plan);
  return Number(result.lastInsertRowid);
}

export function updatePlanRow(
  db: Database,
  plan: Pick<PlanRow, 'id' | 'name' | 'start_date' | 'target_date'>,
): void {
  db.prepare<Pick<PlanRow, 'id' | 'name' | 'start_date' | 'target_date'>>(
    'UPDATE plans SET name = @name, start_date = @start_date, target_date = @target_date WHERE id = @id',
  ).run(plan);
}

/** Removes the plan; its items go with it through ON DELETE CASCADE. */
export function deletePlanRow(db: Database, planId: number): boolean {
  return db.prepare('DELETE FROM plans WHERE id = ?').run(planId).changes > 0;
}
