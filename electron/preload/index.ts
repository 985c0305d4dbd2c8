/**
 * The bridge the sandboxed page gets as `window.planner`: one function per contract method,
 * nothing else. The page never sees ipcRenderer or a way to pick its own channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { platformChannels, serviceApiOver, serviceChannel } from '../../shared/channels';
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
  ...serviceApiOver(callService),

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
