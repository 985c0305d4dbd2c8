/**
 * The browser host's stand-in for the Electron preload: defines `window.planner` over HTTP
 * and Server-Sent Events. Loaded by the browser host only; the app never imports it.
 */
import type { PlannerApi } from '../../../shared/contract';
import { isSafeExternalUrl } from '../../../shared/links';
import { fail, ok, type Result } from '../../../shared/result';
import { pickDataFile } from './data-file';
import { exportPlanPdf, saveDataExport, savePlanIcs } from './downloads';
import { pickAndImportCareerPaths } from './file-picker';
import { subscribeToHostEvents } from './host-events';
import { serviceClient } from './service-client';

async function openExternal(input: { url: string }): Promise<Result<{ opened: boolean }>> {
  if (!isSafeExternalUrl(input.url))
    return fail('invalid-argument', 'Only http and https links can be opened.');
  window.open(input.url, '_blank', 'noopener,noreferrer');
  return ok({ opened: true });
}

const planner = {
  ...serviceClient,
  pickAndImportCareerPaths,
  exportPlanPdf,
  openExternal,
  pickDataFile,
  saveDataExport,
  savePlanIcs,
  onEvent: subscribeToHostEvents,
} satisfies PlannerApi;

Object.defineProperty(window, 'planner', { value: Object.freeze(planner), enumerable: true });
