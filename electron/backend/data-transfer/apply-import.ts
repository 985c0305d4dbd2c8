/** Writes a planned import. The caller runs it in one transaction, so a failure changes nothing. */
import type { Database } from '../db';
import { insertPlanItem, refreshDescriptionsFromPath } from '../repo/items';
import { indexPath } from '../repo/library-search';
import { removePathFromLibrary } from '../repo/path-removal';
import { replacePathItems, upsertPath } from '../repo/paths';
import { deletePlanRow, insertPlan } from '../repo/plans';
import type { ExportedPath, ExportedPlan } from './export-format';
import type { DataImportPlan } from './plan-import';

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
  replacePathItems(db, path.id, path.items);
  indexPath(db, path.id, path.content, path.items);
  // Plans already here that use this path show its new descriptions, as after a re-import.
  refreshDescriptionsFromPath(db, path.id);
}

function addPlan(db: Database, plan: ExportedPlan): void {
  const planId = insertPlan(db, {
    name: plan.name,
    path_id: plan.pathId,
    path_title: plan.pathTitle,
    start_date: plan.startDate,
    target_date: plan.targetDate,
    created_at: plan.createdAt,
  });
  for (const item of plan.items) {
    insertPlanItem(db, {
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
    });
  }
}

export function applyDataImport(db: Database, plan: DataImportPlan): void {
  for (const planId of plan.planIdsToRemove) deletePlanRow(db, planId);
  for (const pathId of plan.pathIdsToRemove) removePathFromLibrary(db, pathId, 'delete');
  // Paths before plans: a description refresh must not touch the plans the file brings.
  for (const path of plan.pathsToWrite) writePath(db, path);
  for (const added of plan.plansToAdd) addPlan(db, added);
}
