/**
 * The bridge the sandboxed page gets as `window.planner`: one function per contract method,
 * nothing else. The page never sees ipcRenderer or a way to pick its own channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { platformChannels, serviceChannel } from '../../shared/channels';
import type {
  FileImportResult,
  HostEvent,
  PdfExportOutcome,
  PlannerApi,
  SaveOutcome,
  ServiceInput,
  ServiceMethod,
  ServiceResults,
} from '../../shared/contract';
import type { Result } from '../../shared/result';

function callService<M extends ServiceMethod>(
  method: M,
  input: ServiceInput<M>,
): Promise<Result<ServiceResults[M]>> {
  return ipcRenderer.invoke(serviceChannel(method), input);
}

const api = {
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

  pickAndImportCareerPaths: (input?: { folder?: boolean }): Promise<FileImportResult[]> =>
    ipcRenderer.invoke(platformChannels.pickAndImportCareerPaths, input ?? {}),
  pickDataFile: (): Promise<Result<{ fileName: string; bytes: Uint8Array } | null>> =>
    ipcRenderer.invoke(platformChannels.pickDataFile),
  saveDataExport: (): Promise<Result<SaveOutcome>> => ipcRenderer.invoke(platformChannels.saveDataExport),
  savePlanIcs: (input: { planId: number }): Promise<Result<SaveOutcome>> =>
    ipcRenderer.invoke(platformChannels.savePlanIcs, input),
  exportPlanPdf: (input): Promise<Result<PdfExportOutcome>> =>
    ipcRenderer.invoke(platformChannels.exportPlanPdf, input),
  openExternal: (input): Promise<Result<{ opened: boolean }>> =>
    ipcRenderer.invoke(platformChannels.openExternal, input),

  onEvent(listener: (event: HostEvent) => void): () => void {
    // The page's listener gets the event only, never the IpcRendererEvent (which carries `sender`).
    const forward = (_ipcEvent: IpcRendererEvent, event: HostEvent): void => listener(event);
    ipcRenderer.on(platformChannels.event, forward);
    return () => {
      ipcRenderer.removeListener(platformChannels.event, forward);
    };
  },
} satisfies PlannerApi;

contextBridge.exposeInMainWorld('planner', api);
