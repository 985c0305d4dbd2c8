import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { NewPlanPage } from './pages/new-plan-page';
import { PathPage } from './pages/path-page';
import { PlanPage } from './pages/plan-page';
import { checklistLine, pdfToText } from './pdf-text';

const PATH_TITLE = /Support Engineer/;
const PLAN_NAME = 'Support engineer by spring';
const FIRST_ITEM = 'CompTIA A+';

test('a plan made from the Support Engineer path keeps its ticks after a reload and prints them in the PDF', async ({
  page,
  openApp,
}, testInfo) => {
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
  const titles = await plan.itemTitles();
  expect(titles).toContain(FIRST_ITEM);
  const secondItem = titles.find((title) => title !== FIRST_ITEM && !title.includes(FIRST_ITEM));
  const untouchedItem = titles.find((title) => title !== FIRST_ITEM && title !== secondItem);
  if (secondItem === undefined || untouchedItem === undefined)
    throw new Error(`too few items: ${titles.join(', ')}`);
  const total = titles.length;

  await plan.tick(FIRST_ITEM);
  await plan.tick(secondItem);
  await expect(plan.progress).toHaveText(new RegExp(`\\b2 of ${total} done\\b`));

  await page.reload();
  await plan.waitUntilShown(PLAN_NAME);
  await expect(plan.checkbox(FIRST_ITEM)).toBeChecked();
  await expect(plan.checkbox(secondItem)).toBeChecked();
  await expect(plan.checkbox(untouchedItem)).not.toBeChecked();
  await expect(plan.progress).toHaveText(new RegExp(`\\b2 of ${total} done\\b`));

  const download = await plan.exportPdf();
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfFile = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(pdfFile);
  expect((await readFile(pdfFile)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const text = pdfToText(pdfFile);
  expect(text).toContain(PLAN_NAME);
  expect(checklistLine(text, FIRST_ITEM)).toContain('☑');
  expect(checklistLine(text, secondItem)).toContain('☑');
  expect(checklistLine(text, untouchedItem)).toContain('☐');
  expect(checklistLine(text, untouchedItem)).not.toContain('☑');
});
