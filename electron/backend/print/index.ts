export {
  renderPlanPrintHtml,
  PRINT_CONTENT_SECURITY_POLICY,
  type PlanPrintOptions,
} from './render-plan-print-html';
export {
  PDF_FOOTER_TEMPLATE,
  PDF_HEADER_TEMPLATE,
  PDF_MARGINS_MM,
  chromiumPdfOptions,
  millimetresToInches,
} from './pdf-options';
export { suggestPdfFileName } from './pdf-file-name';
export { escapeHtml } from './html-escape';
export { planPrintDocument, type PlanPrintDocument } from './plan-print-document';
