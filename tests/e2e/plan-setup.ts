import { expect, type Page } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { NewPlanPage } from './pages/new-plan-page';
import { PathPage } from './pages/path-page';
import { PlanPage } from './pages/plan-page';

export const SUPPORT_PATH = /Support Engineer/;

/** From the library: the Support Engineer path, turned into a plan with every item. */
export async function createSupportPlan(page: Page, planName: string): Promise<PlanPage> {
  const library = new LibraryPage(page);
  await library.waitUntilShown();
  await library.openPath(SUPPORT_PATH);
  const path = new PathPage(page);
  await path.waitUntilShown(SUPPORT_PATH);
  await path.startPlan();
  const newPlan = new NewPlanPage(page);
  await newPlan.nameField.fill(planName);
  await newPlan.create();
  const plan = new PlanPage(page);
  await plan.waitUntilShown(planName);
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  return plan;
}
