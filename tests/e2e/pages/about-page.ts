import { expect, type Locator, type Page } from '@playwright/test';

/** About StudyPath: name, version and credits. */
export class AboutPage {
  readonly heading: Locator;
  readonly version: Locator;
  readonly licenceLink: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'About StudyPath' });
    this.version = page.getByText(/^Version \d+\.\d+\.\d+/);
    this.licenceLink = page.getByRole('link', { name: /Creative Commons Attribution 4\.0/ });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
    await expect(this.heading).toBeVisible();
  }
}
