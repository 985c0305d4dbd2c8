import { expect, type Locator, type Page } from '@playwright/test';
import type { PlannerApi } from '../../../shared/contract';
import type { PlanDetail } from '../../../shared/domain';

/** The schedule side of a plan: its header facts and alerts, its views, and the plan as the back end has it. */
export class PlanSchedulePage {
  readonly summary: Locator;
  readonly behindAlert: Locator;
  readonly pausedAlert: Locator;
  readonly replanButton: Locator;
  readonly pauseButton: Locator;
  readonly resumeButton: Locator;
  readonly exportCalendarButton: Locator;
  /** The checklist's own live region, where moves are announced. */
  readonly moveAnnouncement: Locator;

  constructor(private readonly page: Page) {
    this.summary = page.getByRole('region', { name: 'Schedule' });
    this.behindAlert = page.getByRole('status').filter({ hasText: /You are \d+ days? behind/ });
    this.pausedAlert = page.getByRole('status').filter({ hasText: /^Paused since/ });
    this.replanButton = page.getByRole('button', { name: 'Re-plan from today' });
    this.pauseButton = page.getByRole('button', { name: 'Pause plan' });
    this.resumeButton = page.getByRole('button', { name: 'Resume plan' });
    this.exportCalendarButton = page.getByRole('button', { name: 'Export calendar (.ics)' });
    this.moveAnnouncement = page.locator('.checklist [aria-live="polite"]');
  }

  fact(name: string): Locator {
    return this.summary.getByRole('term').filter({ hasText: name }).locator('xpath=following-sibling::dd[1]');
  }

  group(name: string | RegExp): Locator {
    return this.page.getByRole('group', { name });
  }

  async showView(name: 'This week' | 'Checklist' | 'Timeline'): Promise<void> {
    const tab = this.page.getByRole('tab', { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** The id of the plan on screen, from the address. */
  planId(): number {
    const id = Number(/#\/plans\/(\d+)/.exec(this.page.url())?.[1]);
    if (!Number.isInteger(id) || id <= 0) throw new Error(`not on a plan: ${this.page.url()}`);
    return id;
  }

  /** The plan as the back end has it now, read through the page's own API. */
  async storedPlan(): Promise<PlanDetail> {
    const result = await this.page.evaluate(
      (planId) => (globalThis as unknown as { planner: PlannerApi }).planner.getPlan({ planId }),
      this.planId(),
    );
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  /** The page's own local date, the "today" the schedule counts from. */
  async today(): Promise<string> {
    return this.page.evaluate(() => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    });
  }
}
