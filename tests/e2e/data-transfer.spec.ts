import { expect, test } from './fixtures';
import { DataPage } from './pages/data-page';
import { LibraryPage } from './pages/library-page';
import { NewPlanPage } from './pages/new-plan-page';
import { PathPage } from './pages/path-page';
import { PlanPage } from './pages/plan-page';
import { startWebHostProcess } from './web-host-process';

const PATH_TITLE = /Support Engineer/;
const PLAN_NAME = 'Support engineer, moved to the laptop';

test('a plan exported with its ticks comes back with them on a computer with a fresh data folder', async ({
  page,
  openApp,
}, testInfo) => {
  await openApp();
  const library = new LibraryPage(page);
  await library.waitUntilShown();
  await library.openPath(PATH_TITLE);
  await new PathPage(page).startPlan();
  const newPlan = new NewPlanPage(page);
  await newPlan.nameField.fill(PLAN_NAME);
  await newPlan.create();

  const plan = new PlanPage(page);
  await plan.waitUntilShown(PLAN_NAME);
  const titles = await plan.itemTitles();
  const [first, second, untouched] = titles;
  if (first === undefined || second === undefined || untouched === undefined)
    throw new Error('too few items');
  await plan.tick(first);
  await plan.tick(second);
  await expect(plan.progress).toHaveText(new RegExp(`\\b2 of ${titles.length} done\\b`));

  const data = new DataPage(page);
  await data.open();
  await page.screenshot({ path: testInfo.outputPath('data-panel.png') });
  const download = await data.exportAll();
  expect(download.suggestedFilename()).toMatch(/^studypath-data-\d{4}-\d{2}-\d{2}\.json$/);
  const exportFile = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(exportFile);
  await expect(
    page.getByRole('status').getByText(`Your data was saved as ${download.suggestedFilename()}.`),
  ).toBeVisible();

  const laptop = await startWebHostProcess();
  try {
    await page.goto(laptop.url);
    await library.waitUntilShown();
    await expect(page.getByRole('link', { name: new RegExp(PLAN_NAME) })).toHaveCount(0);

    await data.open();
    await data.chooseImportFile(exportFile);
    await expect(data.mode('Add to what is here')).toBeChecked();
    await expect(data.changes()).toContainText('1 plan added');
    await expect(data.changes()).toContainText(`${titles.length} checklist items brought in`);
    await page.screenshot({ path: testInfo.outputPath('import-preview.png') });

    await data.mode('Replace everything here').check();
    await expect(data.importConfirmButton).toHaveClass(/danger/);
    await data.mode('Add to what is here').check();
    await expect(data.changes()).toContainText('1 plan added');
    await data.importConfirmButton.click();
    await expect(data.importDialog).toBeHidden();
    await expect(
      page.getByRole('status').getByText(/^Imported studypath-data-.*: 1 plan added/),
    ).toBeVisible();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: new RegExp(PLAN_NAME) })
      .click();
    await plan.waitUntilShown(PLAN_NAME);
    await expect(plan.checkbox(first)).toBeChecked();
    await expect(plan.checkbox(second)).toBeChecked();
    await expect(plan.checkbox(untouched)).not.toBeChecked();
    await expect(plan.progress).toHaveText(new RegExp(`\\b2 of ${titles.length} done\\b`));
  } finally {
    await laptop.stop();
  }
});

test('cancelling the import preview, with the keyboard, changes nothing', async ({
  page,
  openApp,
}, testInfo) => {
  await openApp();
  const data = new DataPage(page);
  await data.open();
  const download = await data.exportAll();
  const exportFile = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(exportFile);

  await data.chooseImportFile(exportFile);
  await expect(data.mode('Add to what is here')).toBeFocused();
  await expect(data.importDialog).toContainText('Nothing changes: everything in the file is already here.');
  await page.keyboard.press('Escape');
  await expect(data.importDialog).toBeHidden();
  await expect(data.importButton).toBeFocused();
  await expect(page.getByRole('status').getByText(/^Imported/)).toHaveCount(0);
});
