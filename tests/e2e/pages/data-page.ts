import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Backups & data: the export and import of all the person's data. */
export class DataPage {
  readonly heading: Locator;
  readonly exportButton: Locator;
  readonly importButton: Locator;
  readonly importDialog: Locator;
  readonly importConfirmButton: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Backups & data' });
    this.exportButton = page.getByRole('button', { name: 'Export all my data…' });
    this.importButton = page.getByRole('button', { name: 'Import data…' });
    this.importDialog = page.getByRole('dialog', { name: /^Import .*\?$/ });
    this.importConfirmButton = this.importDialog.getByRole('button', { name: 'Import', exact: true });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Backups & data' })
      .click();
    await expect(this.heading).toBeVisible();
  }

  async exportAll(): Promise<Download> {
    const downloadStarted = this.page.waitForEvent('download');
    await this.exportButton.click();
    return downloadStarted;
  }

  /** Answers the picker the import button opens with one file, then waits for the preview. */
  async chooseImportFile(file: string): Promise<void> {
    const chooserShown = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooserShown).setFiles(file);
    await expect(this.importDialog).toBeVisible();
  }

  mode(label: 'Add to what is here' | 'Replace everything here'): Locator {
    return this.importDialog.getByRole('radio', { name: new RegExp(`^${label}`) });
  }

  /** The list of what the import will change, once the preview has arrived. */
  changes(): Locator {
    return this.importDialog.getByRole('list', { name: 'What this import changes' });
  }
}
