/** Study plans: the user's own data, independent of the content tables. */
import type {
  IsoDate,
  IsoDateTime,
  PlanSummary,
  ScheduleMode,
  StudySessions,
  WeeklyBudget,
} from '../../../shared/domain';
import { DEFAULT_WEEKLY_BUDGET, validateWeeklyBudget } from '../../../shared/planning';
import type { Database } from '../db';
import { listItemSchedules, listItemSchedulesByPlan, type ItemSchedule } from './item-schedule';
import { summarisePlanSchedule } from './plan-schedule-summary';

export interface PlanRow {
  id: number;
  name: string;
  path_id: string;
  path_title: string;
  start_date: IsoDate;
  target_date: IsoDate;
  created_at: IsoDateTime;
  /** A WeeklyBudget as JSON. */
  budget_json: string;
  schedule_mode: ScheduleMode;
  paused_since: IsoDate | null;
  /** StudySessions as JSON. */
  study_sessions_json: string;
  study_notified_at: IsoDateTime | null;
}

interface PlanWithPathRow extends PlanRow {
  current_path_title: string | null;
}

/** A new plan gets the default budget and target mode unless it says otherwise. */
export type NewPlanRow = Pick<
  PlanRow,
  'name' | 'path_id' | 'path_title' | 'start_date' | 'target_date' | 'created_at'
> &
  Partial<Pick<PlanRow, 'budget_json' | 'schedule_mode'>>;

export type PlanScheduleRowEdits = Pick<PlanRow, 'id' | 'budget_json' | 'schedule_mode' | 'target_date'>;

/** The stored budget; a value that is not a usable budget (hand-edited data) reads as the default. */
export function planBudget(row: Pick<PlanRow, 'budget_json'>): WeeklyBudget {
  let stored: unknown;
  try {
    stored = JSON.parse(row.budget_json);
  } catch {
    stored = null;
  }
  const checked = Array.isArray(stored) ? validateWeeklyBudget(stored as number[]) : undefined;
  return checked?.ok === true ? checked.value : [...DEFAULT_WEEKLY_BUDGET];
}

const DEFAULT_STUDY_SESSIONS: StudySessions = { enabled: false, weekdays: [1, 2, 3, 4, 5], time: '19:00' };

export function planStudySessions(row: Pick<PlanRow, 'study_sessions_json'>): StudySessions {
  try {
    const stored = JSON.parse(row.study_sessions_json) as Partial<StudySessions> | null;
    return {
      enabled: typeof stored?.enabled === 'boolean' ? stored.enabled : DEFAULT_STUDY_SESSIONS.enabled,
      weekdays: Array.isArray(stored?.weekdays)
        ? stored.weekdays.filter((day) => Number.isInteger(day) && day >= 1 && day <= 7)
        : [...DEFAULT_STUDY_SESSIONS.weekdays],
      time: typeof stored?.time === 'string' ? stored.time : DEFAULT_STUDY_SESSIONS.time,
    };
  } catch {
    return { ...DEFAULT_STUDY_SESSIONS, weekdays: [...DEFAULT_STUDY_SESSIONS.weekdays] };
  }
}

function rowToPlanSummary(row: PlanWithPathRow, items: readonly ItemSchedule[], today: IsoDate): PlanSummary {
  return {
    id: row.id,
    name: row.name,
    pathId: row.path_id,
    // The title saved at creation keeps a plan readable even if its path is gone.
    pathTitle: row.current_path_title ?? row.path_title,
    startDate: row.start_date,
    targetDate: row.target_date,
    createdAt: row.created_at,
    total: items.length,
    done: items.filter((item) => item.status === 'done').length,
    skipped: items.filter((item) => item.status === 'skipped').length,
    schedule: summarisePlanSchedule(
      {
        startDate: row.start_date,
        targetDate: row.target_date,
        budget: planBudget(row),
        mode: row.schedule_mode,
        pausedSince: row.paused_since,
      },
      items,
      today,
    ),
  };
}

const PLAN_SELECT = `
  SELECT pl.*, pa.title AS current_path_title
  FROM plans pl LEFT JOIN paths pa ON pa.id = pl.path_id`;

/** Every plan, newest first; `today` (local) decides what is behind. */
export function listPlanSummaries(db: Database, today: IsoDate): PlanSummary[] {
  const itemsByPlan = listItemSchedulesByPlan(db);
  return db
    .prepare<[], PlanWithPathRow>(`${PLAN_SELECT} ORDER BY pl.created_at DESC, pl.id DESC`)
    .all()
    .map((row) => rowToPlanSummary(row, itemsByPlan.get(row.id) ?? [], today));
}

export function findPlanSummary(db: Database, planId: number, today: IsoDate): PlanSummary | undefined {
  const row = db.prepare<[number], PlanWithPathRow>(`${PLAN_SELECT} WHERE pl.id = ?`).get(planId);
  return row === undefined ? undefined : rowToPlanSummary(row, listItemSchedules(db, planId), today);
}

export function findPlan(db: Database, planId: number): PlanRow | undefined {
  return db.prepare<[number], PlanRow>('SELECT * FROM plans WHERE id = ?').get(planId);
}

export function insertPlan(db: Database, plan: NewPlanRow): number {
  const result = db
    .prepare<Required<NewPlanRow>>(
      `INSERT INTO plans (name, path_id, path_title, start_date, target_date, created_at, budget_json, schedule_mode)
       VALUES (@name, @path_id, @path_title, @start_date, @target_date, @created_at, @budget_json, @schedule_mode)`,
    )
    .run({ budget_json: JSON.stringify(DEFAULT_WEEKLY_BUDGET), schedule_mode: 'target', ...plan });
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

export function updatePlanScheduleRow(db: Database, plan: PlanScheduleRowEdits): void {
  db.prepare<PlanScheduleRowEdits>(
    `UPDATE plans SET budget_json = @budget_json, schedule_mode = @schedule_mode, target_date = @target_date
     WHERE id = @id`,
  ).run(plan);
}

export function setPlanPausedSince(db: Database, planId: number, pausedSince: IsoDate | null): void {
  db.prepare<[IsoDate | null, number]>('UPDATE plans SET paused_since = ? WHERE id = ?').run(
    pausedSince,
    planId,
  );
}

/** Removes the plan; its items go with it through ON DELETE CASCADE. */
export function deletePlanRow(db: Database, planId: number): boolean {
  return db.prepare('DELETE FROM plans WHERE id = ?').run(planId).changes > 0;
}
