import { expect, test } from './fixtures';
import { createSupportPlan } from './plan-setup';

// Each test builds a plan through the UI first, which takes a while on a busy machine: test.slow().

const PLAN_NAME = 'Keyboard plan';

test.describe('the checklist by keyboard', () => {
  test('arrows, Home and End move between items, Space ticks and Enter opens the details', async ({
    page,
    openApp,
  }) => {
    test.slow();
    await openApp();
    const plan = await createSupportPlan(page, PLAN_NAME);
    const titles = await plan.itemTitles();
    const total = titles.length;
    const [first, second] = titles;
    const last = titles.at(-1);
    if (first === undefined || second === undefined || last === undefined) throw new Error('too few items');

    // One tab stop for the whole checklist.
    await expect(page.locator('.checklist input[type="checkbox"][tabindex="0"]')).toHaveCount(1);

    await plan.checkbox(first).focus();
    await page.keyboard.press('ArrowDown');
    await expect(plan.checkbox(second)).toBeFocused();
    await page.keyboard.press('End');
    await expect(plan.checkbox(last)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(plan.checkbox(last)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(plan.checkbox(first)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(plan.checkbox(first)).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(plan.checkbox(second)).toBeChecked();
    await expect(plan.progress).toHaveText(`1 of ${total} done`);
    // The tab stop follows the item last used.
    await expect(plan.checkbox(second)).toHaveAttribute('tabindex', '0');
    await expect(plan.checkbox(first)).toHaveAttribute('tabindex', '-1');

    const detailsButton = page.getByRole('button', { name: `Details for ${second}` });
    await page.keyboard.press('Enter');
    await expect(detailsButton).toHaveAttribute('aria-expanded', 'true');
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await expect(notes).toBeVisible();

    // Keys typed into a field edit the field: the arrow moves the caret, Delete removes a letter.
    await notes.click();
    await page.keyboard.type('Chapter 2? Delete the draft');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Delete');
    await expect(notes).toBeFocused();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(notes).toHaveValue('hapter 2? Delete the draft');

    await plan.checkbox(second).focus();
    await page.keyboard.press('Enter');
    await expect(detailsButton).toHaveAttribute('aria-expanded', 'false');
    await expect(notes).toHaveCount(0);
  });

  test('Delete asks first, then focus lands on the next item, or the previous one at the end', async ({
    page,
    openApp,
  }) => {
    test.slow();
    await openApp();
    const plan = await createSupportPlan(page, PLAN_NAME);
    const titles = await plan.itemTitles();
    const [first, second, third] = titles;
    if (first === undefined || second === undefined || third === undefined) throw new Error('too few items');

    await plan.checkbox(second).focus();
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('dialog', { name: 'Delete this item?' });
    await expect(confirm).toContainText(second);
    // Cancel keeps the item and gives focus back.
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(plan.checkbox(second)).toBeFocused();

    await page.keyboard.press('Delete');
    await confirm.getByRole('button', { name: 'Delete item' }).click();
    await expect(plan.checkbox(second)).toHaveCount(0);
    await expect(plan.checkbox(third)).toBeFocused();
    expect(await plan.itemTitles()).toHaveLength(titles.length - 1);

    await page.keyboard.press('End');
    const remaining = await plan.itemTitles();
    const last = remaining.at(-1);
    const beforeLast = remaining.at(-2);
    if (last === undefined || beforeLast === undefined) throw new Error('too few items');
    await expect(plan.checkbox(last)).toBeFocused();
    await page.keyboard.press('Delete');
    await confirm.getByRole('button', { name: 'Delete item' }).click();
    await expect(plan.checkbox(last)).toHaveCount(0);
    await expect(plan.checkbox(beforeLast)).toBeFocused();
  });
});

test('the page’s shortcuts reach every screen and the cheat sheet lists them', async ({ page, openApp }) => {
  test.slow();
  await openApp();
  await createSupportPlan(page, PLAN_NAME);
  await page.locator('.checklist input[type="checkbox"]').first().focus();

  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Upcoming' })).toBeVisible();

  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

  await page.keyboard.press('Control+,');
  await expect(page.getByRole('heading', { level: 1, name: 'Preferences' })).toBeVisible();

  await page.keyboard.press('Control+f');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.locator('#library-search')).toBeFocused();

  // While typing, ? is just a character.
  await page.keyboard.type('cloud?');
  await expect(page.locator('#library-search')).toHaveValue('cloud?');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('heading', { level: 1, name: 'Library' }).focus();
  await page.keyboard.press('?');
  const cheatSheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(cheatSheet).toBeVisible();
  for (const action of [
    'New plan',
    'Search the library',
    'Go to the library',
    'Go to upcoming and overdue',
    'Undo the last tick, edit or deletion',
    'Redo',
    'Preferences',
    'Show keyboard shortcuts',
    'Move to the previous or next item',
    'Tick or untick the item',
    'Delete the item (after you confirm)',
  ]) {
    await expect(cheatSheet.getByRole('rowheader', { name: action, exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(cheatSheet).toBeHidden();

  await page.keyboard.press('Control+/');
  await expect(cheatSheet).toBeVisible();
  await cheatSheet.getByRole('button', { name: 'Close' }).click();
  await expect(cheatSheet).toBeHidden();

  await page.locator('#library-search').fill('');
  await page
    .getByRole('main')
    .getByRole('link', { name: /Cloud Engineer/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Cloud Engineer/ })).toBeVisible();
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { level: 1, name: 'New study plan' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Cloud Engineer/ })).toBeVisible();
});
