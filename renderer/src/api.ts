/**
 * The only module that touches `window.planner`, the typed bridge to the back end that the
 * preload script (or the browser host) installs.
 */
import type { PlannerApi } from '../../shared/contract';
import { fail, type Result } from '../../shared/result';

const disconnectedMessage = 'StudyPath cannot reach its data. Please restart the app.';

async function disconnected<T>(): Promise<Result<T>> {
  return fail('internal', disconnectedMessage);
}

/** Stands in when the page runs without a host, so every screen shows a clear message instead of crashing. */
const disconnectedPlanner: PlannerApi = {
  listPaths: disconnected,
  getPath: disconnected,
  importCareerPath: disconnected,
  listPlans: disconnected,
  getPlan: disconnected,
  createPlan: disconnected,
  updatePlan: disconnected,
  deletePlan: disconnected,
  setItemStatus: disconnected,
  updateItem: disconnected,
  addCustomItem: disconnected,
  deleteItem: disconnected,
  getReminders: disconnected,
  removePath: disconnected,
  searchLibrary: disconnected,
  getRelatedPaths: disconnected,
  listBackups: disconnected,
  backupNow: disconnected,
  restoreBackup: disconnected,
  getStartupNotice: disconnected,
  exportData: disconnected,
  previewDataImport: disconnected,
  importData: disconnected,
  updatePlanSchedule: disconnected,
  replanFromToday: disconnected,
  pausePlan: disconnected,
  resumePlan: disconnected,
  reorderItems: disconnected,
  updateCertification: disconnected,
  addDeliverable: disconnected,
  updateDeliverable: disconnected,
  deleteDeliverable: disconnected,
  addEvidenceLink: disconnected,
  deleteEvidenceLink: disconnected,
  snoozeReminder: disconnected,
  setStudySessions: disconnected,
  getActivity: disconnected,
  getSettings: disconnected,
  updateSettings: disconnected,
  exportPlanIcs: disconnected,
  savePlanIcs: disconnected,
  pickDataFile: disconnected,
  saveDataExport: disconnected,
  pickAndImportCareerPaths: async () => [],
  exportPlanPdf: disconnected,
  openExternal: disconnected,
  onEvent: () => () => undefined,
};

export const isPlannerConnected: boolean = window.planner !== undefined;

export const planner: PlannerApi = window.planner ?? disconnectedPlanner;
