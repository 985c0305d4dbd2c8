import { expect, type Locator, type Page } from '@playwright/test';

/** A file the test drops on the window, built inside the page. */
export interface DroppedTestFile {
  name: string;
  text: string;
  type?: string;
}

/** The library: every career path, the search box, the import buttons and the drop target. */
export class LibraryPage {
  readonly heading: Locator;
  readonly importButton: Locator;
  readonly importFolderButton: Locator;
  readonly importResults: Locator;
  /** Every path card shown; assert on it with toHaveCount, which waits for the list to settle. */
  readonly pathCards: Locator;
  readonly searchBox: Locator;
  readonly resultCount: Locator;
  readonly dropOverlay: Locator;
  readonly removeDialog: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1, name: 'Library' });
    this.importButton = page.getByRole('button', { name: 'Import files…' });
    this.importFolderButton = page.getByRole('button', { name: 'Import folder…' });
    this.importResults = page.getByRole('region', { name: 'Import results' });
    this.pathCards = page.getByRole('main').locator('.path-card');
    this.searchBox = page.getByRole('searchbox', { name: 'Search the library' });
    this.resultCount = main.locator('.result-count');
    this.dropOverlay = page.getByText('Drop to import career paths');
    this.removeDialog = page.getByRole('dialog');
  }

  async waitUntilShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** A path's card is a link or button whose name contains the path title. */
  pathCard(title: string | RegExp): Locator {
    return this.page
      .getByRole('main')
      .getByRole('link', { name: title })
      .or(this.page.getByRole('main').getByRole('button', { name: title }))
      .first();
  }

  /** The whole card of a path, for what it holds besides its title link. */
  pathCardArticle(title: string | RegExp): Locator {
    return this.page
      .getByRole('main')
      .locator('.path-card')
      .filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  async openPath(title: string | RegExp): Promise<void> {
    await this.pathCard(title).click();
  }

  /** Answers the picker the import button opens with the given files (empty = cancel). */
  async importFiles(files: string[]): Promise<void> {
    const chooserShown = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    const chooser = await chooserShown;
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(files);
  }

  /** The result row of one imported file. */
  importResult(fileName: string): Locator {
    return this.importResults.getByRole('listitem').filter({ hasText: fileName }).first();
  }

  /**
   * Drags files over the window and drops them, as the system does when files come from a
   * file manager: the events carry a DataTransfer holding real File objects.
   */
  private transferOf(files: DroppedTestFile[]) {
    return this.page.evaluateHandle((list) => {
      // This runs in the page, which has DataTransfer; the test's own (Node) types do not.
      const { DataTransfer } = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: File): unknown } };
      };
      const transfer = new DataTransfer();
      for (const file of list) {
        transfer.items.add(new File([file.text], file.name, { type: file.type ?? 'text/markdown' }));
      }
      return transfer;
    }, files);
  }

  /** Drags files over the window, checking the overlay says what a drop does, and drops them. */
  async dropFiles(files: DroppedTestFile[]): Promise<void> {
    const dataTransfer = await this.transferOf(files);
    const target = this.page.getByRole('main');
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await expect(this.dropOverlay).toBeVisible();
    await target.dispatchEvent('drop', { dataTransfer });
    await expect(this.dropOverlay).toBeHidden();
  }

  /** Drags and drops files where the app must not take them: no overlay shows. */
  async dropFilesRefused(files: DroppedTestFile[]): Promise<void> {
    const dataTransfer = await this.transferOf(files);
    const target = this.page.locator('body');
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await expect(this.dropOverlay).toBeHidden();
    await target.dispatchEvent('drop', { dataTransfer });
  }

  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
  }

  /** One path in the search results, found by its title. */
  searchHit(title: string | RegExp): Locator {
    return this.page
      .getByRole('main')
      .locator('.search-hit')
      .filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  searchHits(): Locator {
    return this.page.getByRole('main').locator('.search-hit');
  }

  async countPathCards(): Promise<number> {
    // The list is there once its first card is: the library always has its bundled paths.
    await this.pathCards.first().waitFor();
    return this.pathCards.count();
  }
}
