import type { PdfExportOutcome } from '../../../shared/contract';
import { ok, type Result } from '../../../shared/result';
import { postToHost } from './host-connection';

interface ExportedPdf {
  fileName: string;
  bytes: Uint8Array;
}

/** The browser has no save dialog to drive: the PDF goes to the downloads folder instead. */
export async function exportPlanPdf(input: { planId: number }): Promise<Result<PdfExportOutcome>> {
  const exported = await postToHost<ExportedPdf>('/api/platform/exportPlanPdf', input);
  if (!exported.ok) return exported;
  const { fileName, bytes } = exported.value;
  const blob = new Blob([bytes.slice().buffer], { type: 'application/pdf' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; revoking later avoids cutting it off in slower browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return ok({ status: 'saved', fileName });
}
