/**
 * Decides everything an import will do before anything is written. The preview and the
 * import both come from this one function, so the counts a person confirms are the counts
 * that get applied.
 */
import { isDeepStrictEqual } from 'node:util';
import type { AppSettings, DataImportCounts, DataImportMode, IsoDateTime } from '../../../shared/domain';
import type { Database } from '../db';
import type { PlanRow } from '../repo/plans';
import { findPath, rowToPathDetail, rowWarnings, type PathRow } from '../repo/paths';
import type { CheckedDataExport, ExportedPath, ExportedPlan } from './export-format';
import { listImportedPathRows, listPlanRows } from './transfer-queries';
import { exportedPathItems } from './write-export';

export interface DataImportPlan {
  mode: DataImportMode;
  exportedAt: IsoDateTime;
  counts: DataImportCounts;
  warnings: string[];
  /** Plans to delete first (replace only). */
  planIdsToRemove: number[];
  /** Imported paths that are not in the file (replace only). */
  pathIdsToRemove: string[];
  /** Paths from the file to add or to write over the copy here. */
  pathsToWrite: ExportedPath[];
  plansToAdd: ExportedPlan[];
  /** The file's settings (replace only: a merge keeps the settings here). */
  settingsToWrite: Partial<AppSettings>;
}

/** Plans have no id that survives a move to another computer; these three together identify one. */
export function planIdentity(plan: Pick<ExportedPlan, 'name' | 'pathId' | 'createdAt'>): string {
  return JSON.stringify([plan.name, plan.pathId, plan.createdAt]);
}

function rowIdentity(row: PlanRow): string {
  return planIdentity({ name: row.name, pathId: row.path_id, createdAt: row.created_at });
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function sameAsHere(row: PathRow, path: ExportedPath, db: Database): boolean {
  const here = {
    title: row.title,
    description: row.description,
    fileName: row.file_name,
    contentHash: row.content_hash,
    content: rowToPathDetail(row, []).content,
    warnings: rowWarnings(row),
    updatedAt: row.updated_at,
    // A version 1 file has no item details; its items are compared without them.
    items: path.items.every((item) => item.details !== undefined)
      ? exportedPathItems(db, row)
      : exportedPathItems(db, row).map(({ details: _details, ...item }) => item),
  };
  const { id: _id, importedAt: _importedAt, ...fromFile } = path;
  return isDeepStrictEqual(here, fromFile);
}

type PathDecision = 'add' | 'update' | 'unchanged' | 'bundled' | 'newer-here';

function decidePath(db: Database, path: ExportedPath, mode: DataImportMode): PathDecision {
  const here = findPath(db, path.id);
  if (here === undefined) return 'add';
  // The bundled library is rewritten at every start, so an import must never replace it.
  if (here.source === 'bundled') return 'bundled';
  if (sameAsHere(here, path, db)) return 'unchanged';
  if (mode === 'merge' && here.updated_at > path.updatedAt) return 'newer-here';
  return 'update';
}

function planPaths(db: Database, document: CheckedDataExport, mode: DataImportMode, warnings: string[]) {
  const pathsToWrite: ExportedPath[] = [];
  let pathsAdded = 0;
  let pathsUpdated = 0;
  for (const path of document.paths) {
    const decision = decidePath(db, path, mode);
    if (decision === 'add' || decision === 'update') pathsToWrite.push(path);
    if (decision === 'add') pathsAdded += 1;
    if (decision === 'update') pathsUpdated += 1;
    if (decision === 'bundled') {
      warnings.push(
        `The career path "${path.title}" is not imported: the library here has a built-in path with the same id (${path.id}).`,
      );
    }
    if (decision === 'newer-here') {
      warnings.push(
        `The career path "${path.title}" is newer here than in the file, so it is kept as it is.`,
      );
    }
  }
  const inFile = new Set(document.paths.map((path) => path.id));
  const pathIdsToRemove =
    mode === 'replace' ? listImportedPathRows(db).flatMap((row) => (inFile.has(row.id) ? [] : [row.id])) : [];
  if (pathIdsToRemove.length > 0) {
    warnings.push(
      `Replacing removes ${plural(pathIdsToRemove.length, 'career path', 'career paths')} you imported that ${pathIdsToRemove.length === 1 ? 'is' : 'are'} not in the file.`,
    );
  }
  return { pathsToWrite, pathIdsToRemove, pathsAdded, pathsUpdated };
}

function planPlans(db: Database, document: CheckedDataExport, mode: DataImportMode, warnings: string[]) {
  const plansHere = listPlanRows(db);
  const identitiesHere = new Set(plansHere.map(rowIdentity));
  const identitiesInFile = new Set(document.plans.map(planIdentity));
  const alreadyHere = document.plans.filter((plan) => identitiesHere.has(planIdentity(plan)));

  if (mode === 'replace') {
    return {
      plansToAdd: document.plans,
      planIdsToRemove: plansHere.map((row) => row.id),
      plansAdded: document.plans.length - alreadyHere.length,
      plansReplaced: alreadyHere.length,
      plansRemoved: plansHere.filter((row) => !identitiesInFile.has(rowIdentity(row))).length,
    };
  }
  if (alreadyHere.length > 0) {
    warnings.push(
      `${plural(alreadyHere.length, 'plan', 'plans')} already here ${alreadyHere.length === 1 ? 'is' : 'are'} left unchanged.`,
    );
  }
  const plansToAdd = document.plans.filter((plan) => !identitiesHere.has(planIdentity(plan)));
  return {
    plansToAdd,
    planIdsToRemove: [],
    plansAdded: plansToAdd.length,
    plansReplaced: 0,
    plansRemoved: 0,
  };
}

/** A plan whose path will not be in the library still imports; it shows the titles it carries. */
function warnAboutMissingPaths(
  plansToAdd: readonly ExportedPlan[],
  inLibraryAfterImport: (pathId: string) => boolean,
  warnings: string[],
): void {
  for (const plan of plansToAdd) {
    if (inLibraryAfterImport(plan.pathId)) continue;
    warnings.push(
      `The plan "${plan.name}" was made from "${plan.pathTitle}", which is not in the library here; it keeps its own item titles.`,
    );
  }
}

export function planDataImport(
  db: Database,
  document: CheckedDataExport,
  mode: DataImportMode,
): DataImportPlan {
  const warnings: string[] = [];
  const paths = planPaths(db, document, mode, warnings);
  const plans = planPlans(db, document, mode, warnings);
  const written = new Set(paths.pathsToWrite.map((path) => path.id));
  const removed = new Set(paths.pathIdsToRemove);
  warnAboutMissingPaths(
    plans.plansToAdd,
    (pathId) => written.has(pathId) || (!removed.has(pathId) && findPath(db, pathId) !== undefined),
    warnings,
  );
  return {
    mode,
    exportedAt: document.exportedAt,
    counts: {
      plansAdded: plans.plansAdded,
      plansReplaced: plans.plansReplaced,
      plansRemoved: plans.plansRemoved,
      itemsAdded: plans.plansToAdd.reduce((sum, plan) => sum + plan.items.length, 0),
      pathsAdded: paths.pathsAdded,
      pathsUpdated: paths.pathsUpdated,
    },
    warnings,
    planIdsToRemove: plans.planIdsToRemove,
    pathIdsToRemove: paths.pathIdsToRemove,
    pathsToWrite: paths.pathsToWrite,
    plansToAdd: plans.plansToAdd,
    settingsToWrite: mode === 'replace' ? (document.settings ?? {}) : {},
  };
}
