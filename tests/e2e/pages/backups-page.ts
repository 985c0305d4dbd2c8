import { expect, type Locator, type Page } from '@playwright/test';

/** The Backups & data screen: the list of backups, "Back up now" and a restore per backup. */
export class BackupsPage {
  readonly heading: Locator;
  readonly panel: Locator;
  readonly backUpNowButton: Locator;
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Backups & data' });
    this.panel = page.getByRole('region', { name: 'Backups' });
    this.backUpNowButton = this.panel.getByRole('button', { name: 'Back up now' });
    this.rows = this.panel.getByRole('table').getByRole('row');
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Backups & data' })
      .click();
    await expect(this.heading).toBeVisible();
  }

  /** The backups of one kind, as the list names it ("Made by you", "Before a restore"...). */
  rowsOfKind(kindInWords: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name: kindInWords, exact: true }) });
  }

  async backUpNow(): Promise<void> {
    await this.backUpNowButton.click();
    await expect(this.page.getByRole('status').getByText(/Backed up your data/)).toBeVisible();
  }

  /** Restores the only backup of that kind, through the confirmation dialog. */
  async restore(kindInWords: string): Promise<void> {
    await this.rowsOfKind(kindInWords)
      .getByRole('button', { name: /^Restore…/ })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(dialog).toContainText('backs up what you have now');
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(this.page.getByRole('status').getByText(/Restored the backup/)).toBeVisible();
  }
}
