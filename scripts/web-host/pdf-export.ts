import type { PlannerService } from '../../shared/contract';
import { fail, ok, type Result } from '../../shared/result';
import { chromiumPdfOptions, planPrintDocument } from '../../electron/backend/print';
import type { PdfPrinter } from './pdf-printer';

export interface ExportedPdf {
  fileName: string;
  bytes: Uint8Array;
}

/** The browser host's stand-in for Electron's save dialog + printToPDF: the same HTML, the same engine. */
export async function exportPlanPdf(
  service: PlannerService,
  printer: PdfPrinter,
  input: unknown,
): Promise<Result<ExportedPdf>> {
  const document = planPrintDocument(service, input, new Date());
  if (!document.ok) return document;
  try {
    const bytes = await printer.print(document.value.html, chromiumPdfOptions());
    return ok({ fileName: document.value.fileName, bytes });
  } catch (error) {
    console.error('StudyPath web: PDF export failed', error);
    return fail('export-failed', 'The PDF could not be created. Is Chromium installed at /usr/bin/chromium?');
  }
}
