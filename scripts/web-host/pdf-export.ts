import { z } from 'zod';
import type { PlannerService } from '../../shared/contract';
import { fail, ok, type Result } from '../../shared/result';
import { chromiumPdfOptions, renderPlanPrintHtml, suggestPdfFileName } from '../../electron/backend/print';
import type { PdfPrinter } from './pdf-printer';

export const exportPlanPdfSchema = z
  .object({ planId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) })
  .strict();

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
  const parsed = exportPlanPdfSchema.safeParse(input);
  if (!parsed.success) return fail('invalid-argument', 'Invalid exportPlanPdf request: expected { planId }.');
  const plan = service.getPlan({ planId: parsed.data.planId });
  if (!plan.ok) return plan;
  const html = renderPlanPrintHtml(plan.value, { pathTitle: plan.value.pathTitle, generatedAt: new Date() });
  try {
    const bytes = await printer.print(html, chromiumPdfOptions());
    return ok({ fileName: suggestPdfFileName(plan.value.name), bytes });
  } catch (error) {
    console.error('StudyPath web: PDF export failed', error);
    return fail('export-failed', 'The PDF could not be created. Is Chromium installed at /usr/bin/chromium?');
  }
}
