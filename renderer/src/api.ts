/**
 * The only module that touches `window.planner`, the typed bridge to the back end that the
 * preload script (or the browser host) installs.
 */
import { serviceApiOver } from '../../shared/channels';
import type { PlannerApi } from '../../shared/contract';
import { fail, type Result } from '../../shared/result';

const disconnectedMessage = 'StudyPath cannot reach its data. Please restart the app.';

async function disconnected<T>(): Promise<Result<T>> {
  return fail('internal', disconnectedMessage);
}

/** Stands in when the page runs without a host, so every screen shows a clear message instead of crashing. */
const disconnectedPlanner: PlannerApi = {
  ...serviceApiOver(disconnected),
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
