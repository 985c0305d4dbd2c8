import type { Locator, Page } from '@playwright/test';

/** The form that turns a path into a plan: name, dates and which items to include. */
export class NewPlanPage {
  readonly nameField: Locator;
  readonly createPlanButton: Locator;

  constructor(page: Page) {
    this.nameField = page.getByLabel('Name', { exact: true });
    this.createPlanButton = page.getByRole('button', { name: 'Create plan' });
  }

  async planName(): Promise<string> {
    return this.nameField.inputValue();
  }

  async create(): Promise<void> {
    await this.createPlanButton.click();
  }
}
