import { expect, type Locator, type Page } from '@playwright/test';

/** One career path: its overview, items and the way into a new plan. */
export class PathPage {
  readonly createStudyPlanButton: Locator;

  constructor(private readonly page: Page) {
    this.createStudyPlanButton = page
      .getByRole('button', { name: 'Create study plan' })
      .or(page.getByRole('link', { name: 'Create study plan' }));
  }

  async waitUntilShown(title: string | RegExp): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  async startPlan(): Promise<void> {
    await this.createStudyPlanButton.first().click();
  }
}
