import type { ServiceApi, ServiceInput, ServiceMethod, ServiceResults } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { postToHost } from './host-connection';

function callService<M extends ServiceMethod>(
  method: M,
  input: ServiceInput<M>,
): Promise<Result<ServiceResults[M]>> {
  return postToHost<ServiceResults[M]>(`/api/service/${method}`, input);
}

/** One function per contract method, like the Electron preload: no generic invoke on window. */
export const serviceClient = {
  listPaths: (input) => callService('listPaths', input),
  getPath: (input) => callService('getPath', input),
  importCareerPath: (input) => callService('importCareerPath', input),
  listPlans: (input) => callService('listPlans', input),
  getPlan: (input) => callService('getPlan', input),
  createPlan: (input) => callService('createPlan', input),
  updatePlan: (input) => callService('updatePlan', input),
  deletePlan: (input) => callService('deletePlan', input),
  setItemStatus: (input) => callService('setItemStatus', input),
  updateItem: (input) => callService('updateItem', input),
  addCustomItem: (input) => callService('addCustomItem', input),
  deleteItem: (input) => callService('deleteItem', input),
  getReminders: (input) => callService('getReminders', input),
  removePath: (input) => callService('removePath', input),
  searchLibrary: (input) => callService('searchLibrary', input),
  getRelatedPaths: (input) => callService('getRelatedPaths', input),
  listBackups: (input) => callService('listBackups', input),
  backupNow: (input) => callService('backupNow', input),
  restoreBackup: (input) => callService('restoreBackup', input),
  getStartupNotice: (input) => callService('getStartupNotice', input),
  exportData: (input) => callService('exportData', input),
  previewDataImport: (input) => callService('previewDataImport', input),
  importData: (input) => callService('importData', input),
  updatePlanSchedule: (input) => callService('updatePlanSchedule', input),
  replanFromToday: (input) => callService('replanFromToday', input),
  pausePlan: (input) => callService('pausePlan', input),
  resumePlan: (input) => callService('resumePlan', input),
  reorderItems: (input) => callService('reorderItems', input),
  updateCertification: (input) => callService('updateCertification', input),
  addDeliverable: (input) => callService('addDeliverable', input),
  updateDeliverable: (input) => callService('updateDeliverable', input),
  deleteDeliverable: (input) => callService('deleteDeliverable', input),
  addEvidenceLink: (input) => callService('addEvidenceLink', input),
  deleteEvidenceLink: (input) => callService('deleteEvidenceLink', input),
  snoozeReminder: (input) => callService('snoozeReminder', input),
  setStudySessions: (input) => callService('setStudySessions', input),
  getActivity: (input) => callService('getActivity', input),
  getSettings: (input) => callService('getSettings', input),
  updateSettings: (input) => callService('updateSettings', input),
  exportPlanIcs: (input) => callService('exportPlanIcs', input),
} satisfies ServiceApi;
