import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../chromium';

export type PdfOptions = NonNullable<Parameters<Page['pdf']>[0]>;

/**
 * Turns print HTML into PDF bytes with Chromium's PDF engine, the same engine Electron's
 * printToPDF uses. The browser starts on first use and is reused, since a launch costs
 * about a second; each document gets its own context with scripts off and the network cut.
 */
export class PdfPrinter {
  private browser: Promise<Browser> | null = null;

  private launch(): Promise<Browser> {
    if (this.browser === null) {
      this.browser = chromium.launch({
        executablePath: CHROMIUM_EXECUTABLE,
        args: CHROMIUM_ARGS,
        headless: true,
      });
      // A failed launch must not poison later attempts.
      this.browser.catch(() => {
        this.browser = null;
      });
    }
    return this.browser;
  }

  async print(html: string, options: PdfOptions): Promise<Uint8Array> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf(options);
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    const pending = this.browser;
    this.browser = null;
    if (pending === null) return;
    try {
      await (await pending).close();
    } catch {
      // Never launched successfully: nothing to close.
    }
  }
}
