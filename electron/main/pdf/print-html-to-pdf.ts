/**
 * Turns print HTML into PDF bytes with Electron's own Chromium. The document is loaded from a
 * temporary file into a hidden window with JavaScript off, in a throw-away session that
 * refuses every request except that one file.
 */
import { BrowserWindow, session, type PrintToPDFOptions, type Session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  PDF_FOOTER_TEMPLATE,
  PDF_HEADER_TEMPLATE,
  PDF_MARGINS_MM,
  millimetresToInches,
} from '../../backend/print';

/** In memory only (no "persist:" prefix): nothing from printing is kept on disk. */
const PRINT_PARTITION = 'studypath-print';

export const ELECTRON_PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: PDF_HEADER_TEMPLATE,
  footerTemplate: PDF_FOOTER_TEMPLATE,
  margins: {
    top: millimetresToInches(PDF_MARGINS_MM.top),
    right: millimetresToInches(PDF_MARGINS_MM.right),
    bottom: millimetresToInches(PDF_MARGINS_MM.bottom),
    left: millimetresToInches(PDF_MARGINS_MM.left),
  },
};

/** The documents being printed right now: the only URLs the print session may load. */
const documentsBeingPrinted = new Set<string>();
let lockedDownSession: Session | null = null;

function printSession(): Session {
  if (lockedDownSession === null) {
    const printing = session.fromPartition(PRINT_PARTITION);
    printing.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !documentsBeingPrinted.has(details.url) });
    });
    printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    printing.setPermissionCheckHandler(() => false);
    lockedDownSession = printing;
  }
  return lockedDownSession;
}

export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'studypath-print-'));
  const htmlFile = join(folder, 'plan.html');
  const htmlUrl = pathToFileURL(htmlFile).href;
  documentsBeingPrinted.add(htmlUrl);

  const window = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      session: printSession(),
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      images: false,
    },
  });
  try {
    await writeFile(htmlFile, html, 'utf8');
    await window.loadFile(htmlFile);
    const pdf = await window.webContents.printToPDF(ELECTRON_PDF_OPTIONS);
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    window.destroy();
    documentsBeingPrinted.delete(htmlUrl);
    await rm(folder, { recursive: true, force: true });
  }
}
