/**
 * IPC channel names and the service's method names. Kept apart from the schemas so the preload
 * bundle does not carry the validation library: the main process validates, the preload only
 * forwards.
 */
import type { ServiceApi, ServiceInput, ServiceMethod, ServiceResults } from './contract';
import type { Result } from './result';

export const platformChannels = {
  pickAndImportCareerPaths: 'platform:pickAndImportCareerPaths',
  pickDataFile: 'platform:pickDataFile',
  saveDataExport: 'platform:saveDataExport',
  savePlanIcs: 'platform:savePlanIcs',
  exportPlanPdf: 'platform:exportPlanPdf',
  openExternal: 'platform:openExternal',
  event: 'host:event',
} as const;

export function serviceChannel(method: string): string {
  return `service:${method}`;
}

/** Every service method; contract.ts checks at compile time that this matches its schemas. */
export const SERVICE_METHOD_NAMES = [
  'listPaths',
  'getPath',
  'importCareerPath',
  'listPlans',
  'getPlan',
  'createPlan',
  'updatePlan',
  'deletePlan',
  'setItemStatus',
  'updateItem',
  'addCustomItem',
  'deleteItem',
  'restoreItem',
  'getReminders',
  'removePath',
  'searchLibrary',
  'getRelatedPaths',
  'listBackups',
  'backupNow',
  'restoreBackup',
  'getStartupNotice',
  'exportData',
  'previewDataImport',
  'importData',
  'updatePlanSchedule',
  'replanFromToday',
  'pausePlan',
  'resumePlan',
  'reorderItems',
  'updateCertification',
  'addDeliverable',
  'updateDeliverable',
  'deleteDeliverable',
  'addEvidenceLink',
  'deleteEvidenceLink',
  'snoozeReminder',
  'setStudySessions',
  'getActivity',
  'getSettings',
  'updateSettings',
  'exportPlanIcs',
] as const;

/**
 * One function per service method, each sending its own method name through `call`: what the
 * Electron preload and the browser host give the page, with no generic invoke on `window`.
 */
export function serviceApiOver(
  call: <M extends ServiceMethod>(method: M, input: ServiceInput<M>) => Promise<Result<ServiceResults[M]>>,
): ServiceApi {
  const entries = SERVICE_METHOD_NAMES.map((method) => [
    method,
    (input: ServiceInput<typeof method>) => call(method, input),
  ]);
  return Object.fromEntries(entries) as ServiceApi;
}
