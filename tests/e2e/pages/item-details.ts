import { expect, type Locator, type Page } from '@playwright/test';

/** One checklist item with its details open: its fields, certification record, deliverables, evidence. */
export class ItemDetails {
  readonly item: Locator;
  readonly certification: Locator;
  readonly deliverables: Locator;
  readonly evidence: Locator;

  constructor(
    private readonly page: Page,
    readonly title: string,
  ) {
    this.item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('checkbox', { name: title, exact: true }) });
    this.certification = this.item.getByRole('group', { name: 'Exam and certificate' });
    this.deliverables = this.item.getByRole('group', { name: /^Deliverables/ });
    this.evidence = this.item.getByRole('group', { name: 'Evidence of your work' });
  }

  async open(): Promise<void> {
    const toggle = this.page.getByRole('button', { name: `Details for ${this.title}` });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  /** Types into a field and leaves it, which is when such fields save. */
  async enter(scope: Locator, label: string, value: string): Promise<void> {
    const field = scope.getByLabel(label, { exact: true });
    await field.fill(value);
    await field.blur();
  }

  deliverable(title: string): Locator {
    return this.deliverables.getByRole('checkbox', { name: title, exact: true });
  }

  async addEvidence(kind: string, url: string, label = ''): Promise<void> {
    await this.evidence.getByLabel('Kind').selectOption({ label: kind });
    await this.evidence.getByLabel('Web address').fill(url);
    await this.evidence.getByLabel('Label (optional)').fill(label);
    await this.evidence.getByRole('button', { name: 'Add link' }).click();
  }
}
