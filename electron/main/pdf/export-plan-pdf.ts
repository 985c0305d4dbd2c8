/**
 * "Export as PDF": ask where to save, print the plan's HTML, write the file. The Electron
 * specifics (dialog, print engine) come in through PdfExportHost so the flow is testable.
 */
import type { PdfExportOutcome, PlannerService } from '../../../shared/contract';
import { fail, ok, type Result } from '../../../shared/result';
import { planPrintDocument } from '../../backend/print';

export interface PdfExportHost {
  /** The path the person chose, or null when they canceled. */
  chooseSavePath(suggestedFileName: string): Promise<string | null>;
  printHtmlToPdf(html: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  now(): Date;
  log(message: string, detail?: unknown): void;
}

export async function exportPlanPdf(
  service: PlannerService,
  host: PdfExportHost,
  input: unknown,
): Promise<Result<PdfExportOutcome>> {
  const document = planPrintDocument(service, input, host.now());
  if (!document.ok) {
    host.log('exportPlanPdf refused', document.error);
    return document;
  }

  const filePath = await host.chooseSavePath(document.value.fileName);
  if (filePath === null) return ok({ status: 'canceled' });

  try {
    await host.writeFile(filePath, await host.printHtmlToPdf(document.value.html));
  } catch (error) {
    host.log(`PDF export to ${filePath} failed`, error);
    return fail(
      'export-failed',
      'The PDF could not be saved. Check that the folder is writable and try again.',
    );
  }
  return ok({ status: 'saved', fileName: baseName(filePath) });
}

/** The file name alone, for either path separator (the dialog answers in the OS's style). */
function baseName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}
