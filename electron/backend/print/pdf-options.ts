/**
 * Page set-up shared by every PDF engine that prints the plan: Electron's printToPDF and
 * Chromium's own (Playwright `page.pdf`, used by the browser host and tests). The page
 * numbers come from the engine's footer, which alone knows how the content was paginated.
 */

/** Chromium otherwise prints the date, title and URL in the header: an empty one hides them. */
export const PDF_HEADER_TEMPLATE = '<div></div>';

/**
 * Chromium renders header and footer templates with no inherited styles (and a near-zero
 * default font size), so everything is set inline here.
 */
export const PDF_FOOTER_TEMPLATE =
  '<div style="width:100%;margin:0 14mm;font-size:9px;color:#5b6574;' +
  "font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Liberation Sans','DejaVu Sans',Arial,sans-serif;" +
  'display:flex;justify-content:space-between;">' +
  '<span>StudyPath</span>' +
  '<span>Page <span class="pageNumber"></span> / <span class="totalPages"></span></span>' +
  '</div>';

/** Margins leave room for the footer; the footer itself sits inside the bottom margin. */
export const PDF_MARGINS_MM = { top: 14, right: 14, bottom: 18, left: 14 } as const;

const MM_PER_INCH = 25.4;

export function millimetresToInches(mm: number): number {
  return mm / MM_PER_INCH;
}

/** Options for Chromium's PDF engine as Playwright's `page.pdf` takes them. */
export function chromiumPdfOptions(): {
  format: 'A4';
  printBackground: true;
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
  margin: { top: string; right: string; bottom: string; left: string };
} {
  return {
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: PDF_HEADER_TEMPLATE,
    footerTemplate: PDF_FOOTER_TEMPLATE,
    margin: {
      top: `${PDF_MARGINS_MM.top}mm`,
      right: `${PDF_MARGINS_MM.right}mm`,
      bottom: `${PDF_MARGINS_MM.bottom}mm`,
      left: `${PDF_MARGINS_MM.left}mm`,
    },
  };
}
