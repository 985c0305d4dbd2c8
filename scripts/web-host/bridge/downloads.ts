/**
 * The browser has no save dialog to drive, so what the app would save through one (a PDF, a
 * calendar, a data export) goes to the downloads folder instead.
 */
import type { PdfExportOutcome, SaveOutcome } from '../../../shared/contract';
import { ok, type Result } from '../../../shared/result';
import { postToHost } from './host-connection';
import { serviceClient } from './service-client';

function download(content: BlobPart, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; revoking later avoids cutting it off in slower browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function exportPlanPdf(input: { planId: number }): Promise<Result<PdfExportOutcome>> {
  const exported = await postToHost<{ fileName: string; bytes: Uint8Array }>(
    '/api/platform/exportPlanPdf',
    input,
  );
  if (!exported.ok) return exported;
  const { fileName, bytes } = exported.value;
  download(bytes.slice().buffer, 'application/pdf', fileName);
  return ok({ status: 'saved', fileName });
}

export async function savePlanIcs(input: { planId: number }): Promise<Result<SaveOutcome>> {
  const exported = await serviceClient.exportPlanIcs(input);
  if (!exported.ok) return exported;
  const { ics, suggestedFileName } = exported.value;
  download(ics, 'text/calendar', suggestedFileName);
  return ok({ status: 'saved', fileName: suggestedFileName });
}

export async function saveDataExport(): Promise<Result<SaveOutcome>> {
  const exported = await serviceClient.exportData({});
  if (!exported.ok) return exported;
  const { json, suggestedFileName } = exported.value;
  download(json, 'application/json', suggestedFileName);
  return ok({ status: 'saved', fileName: suggestedFileName });
}
