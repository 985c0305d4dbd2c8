import { expect, type Locator, type Page } from '@playwright/test';

/** The Activity screen: streak and total cards, the heatmap and its table. */
export class ActivityPage {
  readonly heatmap: Locator;
  readonly summary: Locator;

  constructor(private readonly page: Page) {
    this.heatmap = page.getByRole('grid', { name: /Items completed per day/ });
    this.summary = page.locator('.activity-sentence');
  }

  async openFromSidebar(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
    await expect(this.heatmap).toBeVisible();
  }

  /** The value shown on a stat card, such as "3 items" under "Items completed". */
  stat(label: string): Locator {
    return this.page
      .locator('.stat')
      .filter({ has: this.page.getByRole('term').filter({ hasText: label }) })
      .locator('.stat-value');
  }

  day(label: string): Locator {
    return this.heatmap.getByRole('gridcell', { name: label, exact: true });
  }
}
