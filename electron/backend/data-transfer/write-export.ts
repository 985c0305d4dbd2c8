/** Builds the export document from the database. */
import { format } from 'date-fns';
import { version as appVersion } from '../../../package.json';
import type { Database } from '../db';
import { rowToContentItem, rowToPathDetail, rowWarnings } from '../repo/paths';
import {
  DATA_EXPORT_FORMAT,
  DATA_EXPORT_SCHEMA_VERSION,
  type DataExport,
  type ExportedPath,
  type ExportedPlan,
} from './export-format';
import {
  listImportedPathRows,
  listPathItemRowsInOrder,
  listPlanItemRows,
  listPlanRows,
} from './transfer-queries';

function exportedPaths(db: Database): ExportedPath[] {
  return listImportedPathRows(db).map((row) => {
    const items = listPathItemRowsInOrder(db, row.id);
    return {
      id: row.id,
      title: row.title,
      description: row.description,
      fileName: row.file_name,
      contentHash: row.content_hash,
      content: rowToPathDetail(row, []).content,
      warnings: rowWarnings(row),
      importedAt: row.imported_at,
      updatedAt: row.updated_at,
      items: items.map(rowToContentItem),
    };
  });
}

function exportedPlans(db: Database): ExportedPlan[] {
  return listPlanRows(db).map((plan) => ({
    name: plan.name,
    pathId: plan.path_id,
    pathTitle: plan.path_title,
    startDate: plan.start_date,
    targetDate: plan.target_date,
    createdAt: plan.created_at,
    items: listPlanItemRows(db, plan.id).map((item) => ({
      contentKey: item.content_key,
      kind: item.kind,
      title: item.title,
      description: item.description,
      status: item.status,
      completedAt: item.completed_at,
      notes: item.notes,
      dueDate: item.due_date,
      reminderAt: item.reminder_at,
      reminderNotifiedAt: item.reminder_notified_at,
      position: item.position,
    })),
  }));
}

/** Reads everything in one transaction so the export is a consistent snapshot. */
export function buildDataExport(db: Database, now: Date): DataExport {
  return db.transaction(() => ({
    format: DATA_EXPORT_FORMAT,
    schemaVersion: DATA_EXPORT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    app: { version: appVersion },
    paths: exportedPaths(db),
    plans: exportedPlans(db),
  }))();
}

/** "studypath-data-2026-03-02.json", dated in local time like the rest of the app. */
export function dataExportFileName(now: Date): string {
  return `studypath-data-${format(now, 'yyyy-MM-dd')}.json`;
}

export function exportDataJson(db: Database, now: Date): { json: string; suggestedFileName: string } {
  return {
    json: `${JSON.stringify(buildDataExport(db, now), null, 2)}\n`,
    suggestedFileName: dataExportFileName(now),
  };
}
