import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** A study plan: its checklist, progress and PDF export. */
export class PlanPage {
  readonly progress: Locator;
  readonly exportPdfButton: Locator;

  constructor(private readonly page: Page) {
    this.progress = page.getByText(/\b\d+ of \d+ done\b/).first();
    this.exportPdfButton = page.getByRole('button', { name: 'Export PDF...' });
  }

  /** Waits for the plan, then shows its Checklist (a plan opens on This week), where every item is. */
  async waitUntilShown(planName: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: planName })).toBeVisible();
    await this.showView('Checklist');
  }

  async showView(name: 'This week' | 'Checklist' | 'Timeline'): Promise<void> {
    const tab = this.page.getByRole('tab', { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** Checklist items are real checkboxes named by the item's title. */
  checkbox(itemTitle: string): Locator {
    return this.page.getByRole('checkbox', { name: itemTitle, exact: true });
  }

  /** The titles of every checklist item, in screen order, as the accessibility tree names them. */
  async itemTitles(): Promise<string[]> {
    await expect(this.page.getByRole('checkbox').first()).toBeVisible();
    const snapshot = await this.page.getByRole('main').ariaSnapshot();
    return [...snapshot.matchAll(/- checkbox "((?:[^"\\]|\\.)*)"/g)].map(
      (match) => JSON.parse(`"${match[1] ?? ''}"`) as string,
    );
  }

  async tick(itemTitle: string): Promise<void> {
    const box = this.checkbox(itemTitle);
    await box.check();
    await expect(box).toBeChecked();
  }

  async totalItems(): Promise<number> {
    const text = (await this.progress.textContent()) ?? '';
    const match = /(\d+) of (\d+) done/.exec(text);
    if (match?.[2] === undefined) throw new Error(`no progress text on the plan screen: "${text}"`);
    return Number(match[2]);
  }

  async exportPdf(): Promise<Download> {
    const downloadStarted = this.page.waitForEvent('download');
    await this.exportPdfButton.click();
    return downloadStarted;
  }
}
