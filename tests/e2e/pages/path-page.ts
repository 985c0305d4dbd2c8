import { expect, type Locator, type Page } from '@playwright/test';

/** One career path: its overview, items, related paths and the way into a new plan. */
export class PathPage {
  readonly createStudyPlanButton: Locator;
  readonly certifications: Locator;
  readonly toolsToLearn: Locator;
  readonly portfolioProjects: Locator;
  readonly relatedPaths: Locator;

  constructor(private readonly page: Page) {
    this.createStudyPlanButton = page
      .getByRole('button', { name: 'Create study plan' })
      .or(page.getByRole('link', { name: 'Create study plan' }));
    const main = page.getByRole('main');
    this.certifications = main.getByRole('region', { name: /^Certifications/ });
    this.toolsToLearn = main.getByRole('region', { name: /^Tools to learn/ });
    this.portfolioProjects = main.getByRole('region', { name: /^Portfolio projects/ });
    this.relatedPaths = main.getByRole('region', { name: 'Related paths' });
  }

  async waitUntilShown(title: string | RegExp): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  /** One structured entry (a certification, tool group or project), found by its heading. */
  entry(section: Locator, name: string): Locator {
    return section
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  async startPlan(): Promise<void> {
    await this.createStudyPlanButton.first().click();
  }
}
