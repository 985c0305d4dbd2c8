import { expect, type Locator, type Page } from '@playwright/test';

/** The library: every career path, the search box and the import button. */
export class LibraryPage {
  readonly heading: Locator;
  readonly importButton: Locator;
  readonly importResults: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Library' });
    this.importButton = page.getByRole('button', { name: 'Import career path...' });
    this.importResults = page.getByRole('region', { name: 'Import results' });
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

  async countPathCards(): Promise<number> {
    return this.page.getByRole('main').locator('.path-card').count();
  }
}
