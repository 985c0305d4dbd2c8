/** Plan items: ticks, notes, dates, reminders and the tracking the user owns. */
import type {
  CertificationTracking,
  Deliverable,
  EvidenceLink,
  ExamResult,
  IsoDate,
  IsoDateTime,
  ItemStatus,
  PlanItem,
  PlanItemKind,
} from '../../../shared/domain';
import { defaultEffortHours } from '../../../shared/planning';
import type { Database } from '../db';
import { listDeliverables, listDeliverablesOfPlan } from './deliverables';
import { listEvidence, listEvidenceOfPlan } from './evidence-links';

/** The columns every item is created with. */
interface PlanItemCoreRow {
  id: number;
  plan_id: number;
  content_key: string | null;
  kind: PlanItemKind;
  title: string;
  description: string;
  status: ItemStatus;
  completed_at: IsoDateTime | null;
  notes: string;
  due_date: IsoDate | null;
  reminder_at: IsoDateTime | null;
  reminder_notified_at: IsoDateTime | null;
  position: number;
}

/** Scheduling, snooze and certification columns; they all have defaults. */
export interface PlanItemTrackingRow {
  effort_hours: number;
  start_date: IsoDate | null;
  snoozed_until: IsoDateTime | null;
  exam_date: IsoDate | null;
  exam_notified_at: IsoDateTime | null;
  booking_note: string;
  exam_result: ExamResult | null;
  exam_score: string;
  earned_date: IsoDate | null;
  validity_years: number | null;
  expires_date: IsoDate | null;
  renewal_notified_at: IsoDateTime | null;
}

export interface PlanItemRow extends PlanItemCoreRow, PlanItemTrackingRow {}

interface PlanItemWithContentRow extends PlanItemRow {
  content_exists: 0 | 1;
}

/**
 * A new item needs its core columns; the rest default as for a fresh item. Without
 * `effort_hours` it gets the content's hours, or the typical effort for its kind.
 */
export type NewPlanItemRow = Omit<PlanItemCoreRow, 'id'> & Partial<PlanItemTrackingRow>;
export type PlanItemEdits = Pick<
  PlanItemRow,
  | 'title'
  | 'notes'
  | 'due_date'
  | 'reminder_at'
  | 'reminder_notified_at'
  | 'snoozed_until'
  | 'status'
  | 'completed_at'
>;
export type CertificationEdits = Pick<
  PlanItemRow,
  | 'exam_date'
  | 'exam_notified_at'
  | 'booking_note'
  | 'exam_result'
  | 'exam_score'
  | 'earned_date'
  | 'validity_years'
  | 'expires_date'
  | 'renewal_notified_at'
  | 'status'
  | 'completed_at'
>;

function certificationOf(row: PlanItemRow): CertificationTracking | null {
  if (row.kind !== 'certification') return null;
  return {
    examDate: row.exam_date,
    bookingNote: row.booking_note,
    result: row.exam_result,
    score: row.exam_score,
    earnedDate: row.earned_date,
    validityYears: row.validity_years,
    expiresDate: row.expires_date,
  };
}

function rowToPlanItem(
  row: PlanItemWithContentRow,
  deliverables: Deliverable[],
  evidence: EvidenceLink[],
): PlanItem {
  return {
    id: row.id,
    planId: row.plan_id,
    contentKey: row.content_key,
    kind: row.kind,
    title: row.title,
    description: row.description,
    dueDate: row.due_date,
    status: row.status,
    completedAt: row.completed_at,
    notes: row.notes,
    reminderAt: row.reminder_at,
    position: row.position,
    orphaned: row.content_key !== null && row.content_exists === 0,
    effortHours: row.effort_hours,
    startDate: row.start_date,
    snoozedUntil: row.snoozed_until,
    certification: certificationOf(row),
    deliverables,
    evidence,
  };
}

const ITEM_SELECT = `
  SELECT i.*, EXISTS (SELECT 1 FROM path_items c WHERE c.key = i.content_key) AS content_exists
  FROM plan_items i`;

export function listPlanItems(db: Database, planId: number): PlanItem[] {
  const deliverables = listDeliverablesOfPlan(db, planId);
  const evidence = listEvidenceOfPlan(db, planId);
  return db
    .prepare<[number], PlanItemWithContentRow>(`${ITEM_SELECT} WHERE i.plan_id = ? ORDER BY i.position, i.id`)
    .all(planId)
    .map((row) => rowToPlanItem(row, deliverables.get(row.id) ?? [], evidence.get(row.id) ?? []));
}

export function findPlanItem(db: Database, itemId: number): PlanItem | undefined {
  const row = db.prepare<[number], PlanItemWithContentRow>(`${ITEM_SELECT} WHERE i.id = ?`).get(itemId);
  return row === undefined
    ? undefined
    : rowToPlanItem(row, listDeliverables(db, itemId), listEvidence(db, itemId));
}

export function findPlanItemRow(db: Database, itemId: number): PlanItemRow | undefined {
  return db.prepare<[number], PlanItemRow>('SELECT * FROM plan_items WHERE id = ?').get(itemId);
}

type InsertParams = Omit<PlanItemRow, 'id' | 'effort_hours'> & {
  effort_hours: number | null;
  fallback_effort: number;
};

export function insertPlanItem(db: Database, item: NewPlanItemRow): number {
  const params: InsertParams = {
    plan_id: item.plan_id,
    content_key: item.content_key,
    kind: item.kind,
    title: item.title,
    description: item.description,
    status: item.status,
    completed_at: item.completed_at,
    notes: item.notes,
    due_date: item.due_date,
    reminder_at: item.reminder_at,
    reminder_notified_at: item.reminder_notified_at,
    position: item.position,
    effort_hours: item.effort_hours ?? null,
    fallback_effort: defaultEffortHours(item.kind, null),
    start_date: item.start_date ?? null,
    snoozed_until: item.snoozed_until ?? null,
    exam_date: item.exam_date ?? null,
    exam_notified_at: item.exam_notified_at ?? null,
    booking_note: item.booking_note ?? '',
    exam_result: item.exam_result ?? null,
    exam_score: item.exam_score ?? '',
    earned_date: item.earned_date ?? null,
    validity_years: item.validity_years ?? null,
    expires_date: item.expires_date ?? null,
    renewal_notified_at: item.renewal_notified_at ?? null,
  };
  const result = db
    .prepare<InsertParams>(
      `INSERT INTO plan_items (plan_id, content_key, kind, title, description, status, completed_at,
                               notes, due_date, reminder_at, reminder_notified_at, position,
                               effort_hours, start_date, snoozed_until, exam_date, exam_notified_at,
                               booking_note, exam_result, exam_score, earned_date, validity_years,
                               expires_date, renewal_notified_at)
       VALUES (@plan_id, @content_key, @kind, @title, @description, @status, @completed_at,
               @notes, @due_date, @reminder_at, @reminder_notified_at, @position,
               coalesce(@effort_hours,
                        (SELECT hours FROM path_items WHERE key = @content_key AND hours > 0),
                        @fallback_effort),
               @start_date, @snoozed_until, @exam_date, @exam_notified_at,
               @booking_note, @exam_result, @exam_score, @earned_date, @validity_years,
               @expires_date, @renewal_notified_at)`,
    )
    .run(params);
  return Number(result.lastInsertRowid);
}

export function nextItemPosition(db: Database, planId: number): number {
  const row = db
    .prepare<[number], { next: number }>(
      'SELECT coalesce(max(position) + 1, 0) AS next FROM plan_items WHERE plan_id = ?',
    )
    .get(planId);
  return row?.next ?? 0;
}

export function updatePlanItemRow(db: Database, itemId: number, edits: PlanItemEdits): void {
  db.prepare<PlanItemEdits & { id: number }>(
    `UPDATE plan_items SET title = @title, notes = @notes, due_date = @due_date, reminder_at = @reminder_at,
       reminder_notified_at = @reminder_notified_at, snoozed_until = @snoozed_until, status = @status,
       completed_at = @completed_at
     WHERE id = @id`,
  ).run({ ...edits, id: itemId });
}

export function updateCertificationRow(db: Database, itemId: number, edits: CertificationEdits): void {
  db.prepare<CertificationEdits & { id: number }>(
    `UPDATE plan_items SET exam_date = @exam_date, exam_notified_at = @exam_notified_at,
       booking_note = @booking_note, exam_result = @exam_result, exam_score = @exam_score,
       earned_date = @earned_date, validity_years = @validity_years, expires_date = @expires_date,
       renewal_notified_at = @renewal_notified_at, status = @status, completed_at = @completed_at
     WHERE id = @id`,
  ).run({ ...edits, id: itemId });
}

/** A snoozed reminder comes back at `until`; clearing the notified mark lets it fire again then. */
export function snoozeItemReminder(db: Database, itemId: number, until: IsoDateTime): boolean {
  return (
    db
      .prepare('UPDATE plan_items SET snoozed_until = ?, reminder_notified_at = NULL WHERE id = ?')
      .run(until, itemId).changes > 0
  );
}

export function deletePlanItemRow(db: Database, itemId: number): boolean {
  return db.prepare('DELETE FROM plan_items WHERE id = ?').run(itemId).changes > 0;
}

/**
 * After a re-import, items whose content still exists show the new description. Titles are
 * left alone: the user may have renamed them.
 */
export function refreshDescriptionsFromPath(db: Database, pathId: string): void {
  db.prepare(
    `UPDATE plan_items
     SET description = (SELECT c.description FROM path_items c WHERE c.key = plan_items.content_key)
     WHERE content_key IN (SELECT key FROM path_items WHERE path_id = ?)`,
  ).run(pathId);
}

/** Items in plans built from `pathId` whose content the path no longer has. */
export function countOrphanedItems(db: Database, pathId: string): number {
  return db
    .prepare<[string], { n: number }>(
      `SELECT count(*) AS n FROM plan_items i JOIN plans p ON p.id = i.plan_id
       WHERE p.path_id = ? AND i.content_key IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM path_items c WHERE c.key = i.content_key)`,
    )
    .get(pathId)!.n;
}
