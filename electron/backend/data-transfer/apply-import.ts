/** Writes a planned import. The caller runs it in one transaction, so a failure changes nothing. */
import type { Database } from '../db';
import { contentDetailsByKey, type ContentItemDetails } from '../repo/content-details';
import { insertDeliverable } from '../repo/deliverables';
import { insertEvidenceLink } from '../repo/evidence-links';
import { insertPlanItem, refreshDescriptionsFromPath } from '../repo/items';
import { indexPath } from '../repo/library-search';
import { removePathFromLibrary } from '../repo/path-removal';
import { replacePathItems, upsertPath } from '../repo/paths';
import { deletePlanRow, insertPlan } from '../repo/plans';
import { writeSettings } from '../repo/settings';
import type { ExportedPath, ExportedPlan, ExportedPlanItem } from './export-format';
import type { DataImportPlan } from './plan-import';
import { writePlanTracking } from './transfer-queries';

/** The file's item details; a version 1 file has none, so they come from its content as at an import. */
function detailsOf(path: ExportedPath): Map<string, ContentItemDetails> {
  const fromContent = contentDetailsByKey({ id: path.id, content: path.content, warnings: [] });
  return new Map(
    path.items.map((item) => [
      item.key,
      item.details ?? fromContent.get(item.key) ?? { level: null, validityYears: null, deliverables: [] },
    ]),
  );
}

function writePath(db: Database, path: ExportedPath): void {
  upsertPath(db, {
    id: path.id,
    title: path.title,
    description: path.description,
    source: 'imported',
    file_name: path.fileName,
    content_hash: path.contentHash,
    content_json: JSON.stringify(path.content),
    warnings_json: JSON.stringify(path.warnings),
    imported_at: path.importedAt,
    updated_at: path.updatedAt,
  });
  replacePathItems(db, path.id, path.items, detailsOf(path));
  indexPath(db, path.id, path.content, path.items);
  // Plans already here that use this path show its new descriptions, as after a re-import.
  refreshDescriptionsFromPath(db, path.id);
}

function addItem(db: Database, planId: number, item: ExportedPlanItem): void {
  const certification = item.certification ?? null;
  const itemId = insertPlanItem(db, {
    plan_id: planId,
    content_key: item.contentKey,
    kind: item.kind,
    title: item.title,
    description: item.description,
    status: item.status,
    completed_at: item.completedAt,
    notes: item.notes,
    due_date: item.dueDate,
    reminder_at: item.reminderAt,
    // A reminder that already went off on the other computer must not go off again here.
    reminder_notified_at: item.reminderNotifiedAt,
    position: item.position,
    // Absent from a version 1 file: the item then gets its content's hours, as at the upgrade.
    effort_hours: item.effortHours,
    start_date: item.startDate,
    snoozed_until: item.snoozedUntil,
    ...(certification !== null && {
      exam_date: certification.examDate,
      exam_notified_at: certification.examNotifiedAt,
      booking_note: certification.bookingNote,
      exam_result: certification.result,
      exam_score: certification.score,
      earned_date: certification.earnedDate,
      validity_years: certification.validityYears,
      expires_date: certification.expiresDate,
      renewal_notified_at: certification.renewalNotifiedAt,
    }),
  });
  for (const deliverable of item.deliverables ?? []) {
    insertDeliverable(db, itemId, deliverable.title, deliverable.done);
  }
  for (const link of item.evidence ?? []) insertEvidenceLink(db, itemId, link);
}

function addPlan(db: Database, plan: ExportedPlan): void {
  const planId = insertPlan(db, {
    name: plan.name,
    path_id: plan.pathId,
    path_title: plan.pathTitle,
    start_date: plan.startDate,
    target_date: plan.targetDate,
    created_at: plan.createdAt,
    ...(plan.budget !== undefined && { budget_json: JSON.stringify(plan.budget) }),
    ...(plan.mode !== undefined && { schedule_mode: plan.mode }),
  });
  writePlanTracking(db, planId, plan);
  for (const item of plan.items) addItem(db, planId, item);
}

export function applyDataImport(db: Database, plan: DataImportPlan): void {
  for (const planId of plan.planIdsToRemove) deletePlanRow(db, planId);
  for (const pathId of plan.pathIdsToRemove) removePathFromLibrary(db, pathId, 'delete');
  // Paths before plans: a description refresh must not touch the plans the file brings.
  for (const path of plan.pathsToWrite) writePath(db, path);
  for (const added of plan.plansToAdd) addPlan(db, added);
  writeSettings(db, plan.settingsToWrite);
}
