import { expect, test } from './fixtures';
import { BackupsPage } from './pages/backups-page';
import { LibraryPage } from './pages/library-page';
import { NewPlanPage } from './pages/new-plan-page';
import { PathPage } from './pages/path-page';
import { PlanPage } from './pages/plan-page';

const PATH_TITLE = /Support Engineer/;
const PLAN_NAME = 'Support engineer, backed up';
const ITEM = 'CompTIA A+';

test('restoring a backup brings back a tick, and the state before the restore is kept as a backup', async ({
  page,
  openApp,
}) => {
  await openApp();
  const library = new LibraryPage(page);
  await library.waitUntilShown();
  await library.openPath(PATH_TITLE);
  const path = new PathPage(page);
  await path.waitUntilShown(PATH_TITLE);
  await path.startPlan();
  const newPlan = new NewPlanPage(page);
  await newPlan.nameField.fill(PLAN_NAME);
  await newPlan.create();

  const plan = new PlanPage(page);
  await plan.waitUntilShown(PLAN_NAME);
  await plan.tick(ITEM);

  const backups = new BackupsPage(page);
  await backups.open();
  await expect(backups.rowsOfKind('Automatic')).toHaveCount(1);
  await backups.backUpNow();
  await expect(backups.rowsOfKind('Made by you')).toHaveCount(1);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: PLAN_NAME }).click();
  await plan.waitUntilShown(PLAN_NAME);
  await plan.checkbox(ITEM).uncheck();
  await expect(plan.checkbox(ITEM)).not.toBeChecked();
  await expect(plan.progress).toHaveText(/\b0 of \d+ done\b/);

  await backups.open();
  await backups.restore('Made by you');
  await expect(backups.rowsOfKind('Before a restore')).toHaveCount(1);
  await expect(backups.rowsOfKind('Made by you')).toHaveCount(1);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: PLAN_NAME }).click();
  await plan.waitUntilShown(PLAN_NAME);
  await expect(plan.checkbox(ITEM)).toBeChecked();
  await expect(plan.progress).toHaveText(/\b1 of \d+ done\b/);
});
