/** Builds the export document from the database. */
import { format } from 'date-fns';
import { version as appVersion } from '../../../package.json';
import type { Database } from '../db';
import { contentDetailsByKey, parseContentDetails, type ContentItemDetails } from '../repo/content-details';
import { listDeliverablesOfPlan } from '../repo/deliverables';
import { listEvidenceOfPlan } from '../repo/evidence-links';
import type { PlanItemRow } from '../repo/items';
import { contentFromJson, rowToContentItem, rowToPathDetail, rowWarnings, type PathRow } from '../repo/paths';
import { planBudget, planStudySessions } from '../repo/plans';
import { readSettings } from '../repo/settings';
import {
  DATA_EXPORT_FORMAT,
  DATA_EXPORT_SCHEMA_VERSION,
  type DataExport,
  type ExportedPath,
  type ExportedPathItem,
  type ExportedPlan,
  type ExportedPlanItem,
} from './export-format';
import {
  listImportedPathRows,
  listPathItemRowsInOrder,
  listPlanItemRows,
  listPlanRows,
} from './transfer-queries';

/** A path's items with their details; rows stored before details were kept get them from the content. */
export function exportedPathItems(db: Database, row: PathRow): ExportedPathItem[] {
  let fromContent: Map<string, ContentItemDetails> | undefined;
  return listPathItemRowsInOrder(db, row.id).map((item) => {
    let details = parseContentDetails(item.details_json);
    if (details === null) {
      fromContent ??= contentDetailsByKey({
        id: row.id,
        content: contentFromJson(row.content_json),
        warnings: [],
      });
      details = fromContent.get(item.key) ?? { level: null, validityYears: null, deliverables: [] };
    }
    return { ...rowToContentItem(item), details };
  });
}

function exportedPaths(db: Database): ExportedPath[] {
  return listImportedPathRows(db).map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    fileName: row.file_name,
    contentHash: row.content_hash,
    content: rowToPathDetail(row, []).content,
    warnings: rowWarnings(row),
    importedAt: row.imported_at,
    updatedAt: row.updated_at,
    items: exportedPathItems(db, row),
  }));
}

function exportedItem(
  item: PlanItemRow,
  deliverables: ExportedPlanItem['deliverables'],
  evidence: ExportedPlanItem['evidence'],
): ExportedPlanItem {
  return {
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
    effortHours: item.effort_hours,
    startDate: item.start_date,
    snoozedUntil: item.snoozed_until,
    certification:
      item.kind === 'certification'
        ? {
            examDate: item.exam_date,
            examNotifiedAt: item.exam_notified_at,
            bookingNote: item.booking_note,
            result: item.exam_result,
            score: item.exam_score,
            earnedDate: item.earned_date,
            validityYears: item.validity_years,
            expiresDate: item.expires_date,
            renewalNotifiedAt: item.renewal_notified_at,
          }
        : null,
    deliverables,
    evidence,
  };
}

function exportedPlans(db: Database): ExportedPlan[] {
  return listPlanRows(db).map((plan) => {
    const deliverables = listDeliverablesOfPlan(db, plan.id);
    const evidence = listEvidenceOfPlan(db, plan.id);
    return {
      name: plan.name,
      pathId: plan.path_id,
      pathTitle: plan.path_title,
      startDate: plan.start_date,
      targetDate: plan.target_date,
      createdAt: plan.created_at,
      budget: planBudget(plan),
      mode: plan.schedule_mode,
      pausedSince: plan.paused_since,
      studySessions: planStudySessions(plan),
      studyNotifiedAt: plan.study_notified_at,
      items: listPlanItemRows(db, plan.id).map((item) =>
        exportedItem(
          item,
          (deliverables.get(item.id) ?? []).map(({ title, done }) => ({ title, done })),
          (evidence.get(item.id) ?? []).map(({ kind, url, label }) => ({ kind, url, label })),
        ),
      ),
    };
  });
}

/** Reads everything in one transaction so the export is a consistent snapshot. */
export function buildDataExport(db: Database, now: Date): DataExport {
  return db.transaction(() => ({
    format: DATA_EXPORT_FORMAT,
    schemaVersion: DATA_EXPORT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    app: { version: appVersion },
    settings: readSettings(db),
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
