import { expect, test } from './fixtures';
import { ItemDetails } from './pages/item-details';
import { createSupportPlan } from './plan-setup';

// Each test builds a plan through the UI first, which takes a while on a busy machine: test.slow().

const PLAN_NAME = 'Undo plan';

test('a tick taken back with the toast’s Undo stays unticked after a reload', async ({ page, openApp }) => {
  test.slow();
  await openApp();
  const plan = await createSupportPlan(page, PLAN_NAME);
  const [title] = await plan.itemTitles();
  if (title === undefined) throw new Error('the plan has no items');
  const total = await plan.totalItems();

  await plan.tick(title);
  await expect(plan.progress).toHaveText(`1 of ${total} done`);
  const toast = page.getByRole('status').filter({ hasText: `Marked ‘${title}’ done` });
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Undo' }).click();

  await expect(plan.checkbox(title)).not.toBeChecked();
  await expect(plan.progress).toHaveText(`0 of ${total} done`);
  await expect(page.getByRole('status').filter({ hasText: `Undone: Marked ‘${title}’ done` })).toBeVisible();

  await page.reload();
  await plan.waitUntilShown(PLAN_NAME);
  await expect(plan.checkbox(title)).not.toBeChecked();
  await expect(plan.progress).toHaveText(`0 of ${total} done`);
});

test('Ctrl+Z and Ctrl+Shift+Z undo and redo ticks, while in a text field they edit its text', async ({
  page,
  openApp,
}) => {
  test.slow();
  await openApp();
  const plan = await createSupportPlan(page, PLAN_NAME);
  const [first, second] = await plan.itemTitles();
  if (first === undefined || second === undefined) throw new Error('too few items');

  await plan.tick(first);
  await plan.tick(second);
  await page.keyboard.press('Control+z');
  await expect(plan.checkbox(second)).not.toBeChecked();
  await expect(plan.checkbox(first)).toBeChecked();
  await page.keyboard.press('Control+Shift+Z');
  await expect(plan.checkbox(second)).toBeChecked();

  await page.getByRole('button', { name: `Details for ${first}` }).click();
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await notes.click();
  await page.keyboard.type('Booked the exam');
  await page.keyboard.press('Control+z');
  await expect(notes).not.toHaveValue('Booked the exam');
  await expect(plan.checkbox(second)).toBeChecked();
  await expect(plan.checkbox(first)).toBeChecked();
});

test('a deleted item comes back with its notes and due date, and Redo deletes it again', async ({
  page,
  openApp,
}) => {
  test.slow();
  await openApp();
  const plan = await createSupportPlan(page, PLAN_NAME);

  await page.getByLabel('Title', { exact: true }).fill('Read the networking book');
  await page.getByLabel('Due date (optional)').fill('2031-05-20');
  await page.getByRole('button', { name: 'Add item' }).click();
  const book = plan.checkbox('Read the networking book');
  await expect(book).toBeVisible();

  await page.getByRole('button', { name: 'Details for Read the networking book' }).click();
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await notes.fill('Up to chapter 4');
  await book.focus();
  await expect(page.getByRole('status').filter({ hasText: 'Changed the notes of' })).toBeVisible();
  await book.check();
  await expect(book).toBeChecked();

  await page.keyboard.press('Delete');
  await page
    .getByRole('dialog', { name: 'Delete this item?' })
    .getByRole('button', { name: 'Delete item' })
    .click();
  await expect(book).toHaveCount(0);
  const deleted = page.getByRole('status').filter({ hasText: 'Deleted ‘Read the networking book’' });
  await deleted.getByRole('button', { name: 'Undo' }).click();

  await expect(book).toBeChecked();
  await page.getByRole('button', { name: 'Details for Read the networking book' }).click();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Up to chapter 4');
  await expect(page.getByLabel('Due date', { exact: true })).toHaveValue('2031-05-20');

  await page.getByRole('heading', { level: 1, name: PLAN_NAME }).focus();
  await page.keyboard.press('Control+y');
  await expect(book).toHaveCount(0);
  await page.reload();
  await plan.waitUntilShown(PLAN_NAME);
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  await expect(book).toHaveCount(0);
});

test('Ctrl+Z unticks a deliverable ticked in the item details, and Ctrl+Shift+Z ticks it again', async ({
  page,
  openApp,
}) => {
  test.slow();
  await openApp();
  const plan = await createSupportPlan(page, PLAN_NAME);
  const checklist = page.getByRole('tab', { name: 'Checklist' });
  await checklist.click();
  await expect(checklist).toHaveAttribute('aria-selected', 'true');
  const projectTitle = 'Build a home lab and document it';
  const deliverableTitle = 'A diagram of the lab with its machines and network';
  const project = new ItemDetails(page, projectTitle);
  await project.open();
  const deliverable = project.deliverable(deliverableTitle);

  await deliverable.check();
  await expect(
    page.getByRole('status').filter({ hasText: `Ticked ‘${deliverableTitle}’ of ‘${projectTitle}’` }),
  ).toBeVisible();
  await expect(project.deliverables).toContainText('1/4');

  await page.keyboard.press('Control+z');
  await expect(deliverable).not.toBeChecked();
  await expect(project.deliverables).toContainText('0/4');
  await expect(
    page.getByRole('status').filter({ hasText: `Undone: Ticked ‘${deliverableTitle}’` }),
  ).toBeVisible();

  await page.keyboard.press('Control+Shift+Z');
  await expect(deliverable).toBeChecked();
  await expect(project.deliverables).toContainText('1/4');

  await page.reload();
  await plan.waitUntilShown(PLAN_NAME);
  await checklist.click();
  await project.open();
  await expect(deliverable).toBeChecked();
});

test('a deleted project comes back with its ticked deliverable when the deletion is undone', async ({
  page,
  openApp,
}) => {
  test.slow();
  await openApp();
  const plan = await createSupportPlan(page, PLAN_NAME);
  await plan.showView('Checklist');
  const projectTitle = 'Build a home lab and document it';
  const deliverableTitle = 'A diagram of the lab with its machines and network';
  const project = new ItemDetails(page, projectTitle);
  await project.open();
  await project.deliverable(deliverableTitle).check();
  await expect(project.deliverables).toContainText('1/4');

  await plan.checkbox(projectTitle).focus();
  await page.keyboard.press('Delete');
  await page
    .getByRole('dialog', { name: 'Delete this item?' })
    .getByRole('button', { name: 'Delete item' })
    .click();
  await expect(plan.checkbox(projectTitle)).toHaveCount(0);
  await page.keyboard.press('Control+z');

  await expect(plan.checkbox(projectTitle)).toBeVisible();
  await project.open();
  await expect(project.deliverable(deliverableTitle)).toBeChecked();
  await expect(project.deliverables).toContainText('1/4');
});
