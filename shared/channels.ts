/**
 * IPC channel names. Kept apart from the schemas so the preload bundle does not carry the
 * validation library: the main process validates, the preload only forwards.
 */
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
