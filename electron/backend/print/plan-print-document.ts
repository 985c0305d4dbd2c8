import { serviceSchemas, type PlannerService } from '../../../shared/contract';
import { fail, ok, type Result } from '../../../shared/result';
import { suggestPdfFileName } from './pdf-file-name';
import { renderPlanPrintHtml } from './render-plan-print-html';

export interface PlanPrintDocument {
  html: string;
  /** What a save dialog or download should suggest. */
  fileName: string;
}

/**
 * The print document for `{ planId }`, validated like getPlan. Electron and the browser host
 * both start a PDF export here and differ only in how they print and where the file goes.
 */
export function planPrintDocument(
  service: PlannerService,
  input: unknown,
  generatedAt: Date,
): Result<PlanPrintDocument> {
  const parsed = serviceSchemas.getPlan.safeParse(input);
  if (!parsed.success) return fail('invalid-argument', 'Which plan to export was not given correctly.');
  const plan = service.getPlan(parsed.data);
  if (!plan.ok) return plan;
  return ok({
    html: renderPlanPrintHtml(plan.value, { pathTitle: plan.value.pathTitle, generatedAt }),
    fileName: suggestPdfFileName(plan.value.name),
  });
}
