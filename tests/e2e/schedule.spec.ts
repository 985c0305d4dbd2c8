import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addDays, format, parseISO } from 'date-fns';
import ICAL from 'ical.js';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { NewPlanPage } from './pages/new-plan-page';
import { PathPage } from './pages/path-page';
import { PlanPage } from './pages/plan-page';
import { PlanSchedulePage } from './pages/plan-schedule-page';
import { SUPPORT_PATH } from './plan-setup';

// Each test builds a plan through the UI first, which takes a while on a busy machine: test.slow().

/** As the app writes a day: "5 May 2027". */
const shown = (date: string) => format(parseISO(date), 'd MMM yyyy');

async function openNewPlanForm(page: Page): Promise<NewPlanPage> {
  const library = new LibraryPage(page);
  await library.waitUntilShown();
  await library.openPath(SUPPORT_PATH);
  const path = new PathPage(page);
  await path.waitUntilShown(SUPPORT_PATH);
  await path.startPlan();
  const form = new NewPlanPage(page);
  await expect(form.createPlanButton).toBeVisible();
  return form;
}

/** A Support Engineer plan with every item, starting today at the default study time; shown on its Checklist. */
async function createPlan(page: Page, name: string): Promise<{ plan: PlanPage; schedule: PlanSchedulePage }> {
  const form = await openNewPlanForm(page);
  await form.nameField.fill(name);
  await form.create();
  const plan = new PlanPage(page);
  await plan.waitUntilShown(name);
  return { plan, schedule: new PlanSchedulePage(page) };
}

/** Moves an item's due date through its details, as a person catching up on dates would. */
async function setDueDate(page: Page, title: string, date: string): Promise<void> {
  const details = page.getByRole('button', { name: `Details for ${title}` });
  await details.click();
  const due = page
    .locator(`#${await details.getAttribute('aria-controls')}`)
    .getByLabel('Due date', { exact: true });
  await due.fill(date);
  // The field saves when it is left (Tab would only move between the parts of the date).
  await due.blur();
  await expect(page.getByRole('status').filter({ hasText: `‘${title}’ is now due` })).toBeVisible();
  await details.click();
}

const daysFromToday = (days: number) => format(addDays(new Date(), days), 'yyyy-MM-dd');

test('the weekly study time previews the finish on the new-plan form, and the plan keeps it', async ({
  page,
  openApp,
}) => {
  test.slow();
  await openApp();
  const form = await openNewPlanForm(page);
  const preview = page.locator('#plan-finish-preview');

  await page.getByRole('button', { name: '2 h every day' }).click();
  await expect(page.getByRole('button', { name: '2 h every day' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('14 h of study a week')).toBeVisible();

  // A target a month away is out of reach for this path: said plainly, with the days missing.
  const target = format(addDays(new Date(), 30), 'yyyy-MM-dd');
  await page.getByLabel('Target date').fill(target);
  await expect(preview).toContainText(`Your target of ${shown(target)} is out of reach`);
  await expect(preview).toContainText(/finish on \d+ \w+ \d{4}, \d+ days late\./);

  // One more hour on Sunday moves the finish earlier.
  const lateBy = async () => Number(/(\d+) days late/.exec((await preview.textContent()) ?? '')?.[1]);
  const before = await lateBy();
  await page.getByRole('spinbutton', { name: 'Sunday', exact: true }).fill('3');
  await expect(page.getByText('15 h of study a week')).toBeVisible();
  await expect.poll(lateBy).toBeLessThan(before);

  // A week without any study time cannot be planned.
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
    await page.getByRole('spinbutton', { name: day, exact: true }).fill('0');
  }
  await form.create();
  await expect(page.getByRole('alert')).toContainText('Give at least one day some study time.');
  await expect(page.getByRole('heading', { level: 1, name: 'New study plan' })).toBeVisible();

  await page.getByRole('button', { name: '1 h on weekdays, 3 h Saturday' }).click();
  await page.getByRole('radio', { name: /As soon as my study time allows/ }).check();
  await expect(page.getByLabel('Target date')).toHaveCount(0);
  await expect(preview).toContainText(/^As soon as your study time allows: you finish on (\d+ \w+ \d{4})\./);
  const finish = /you finish on (\d+ \w+ \d{4})\./.exec((await preview.textContent()) ?? '')?.[1];

  await form.nameField.fill('As soon as possible');
  await form.create();
  const plan = new PlanSchedulePage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'As soon as possible' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'This week' })).toHaveAttribute('aria-selected', 'true');
  await expect(plan.fact('Projected finish')).toHaveText(finish ?? 'no finish in the preview');
  await expect(plan.fact('Target')).toHaveText('As soon as possible');
  await expect(plan.fact('Study time')).toHaveText('8 h a week');
  const stored = await plan.storedPlan();
  expect(stored.schedule.budget).toEqual([60, 60, 60, 60, 60, 180, 0]);
  expect(stored.schedule.mode).toBe('asap');
  expect(shown(stored.schedule.projectedFinish ?? '')).toBe(finish);
});

test('a plan that fell behind says by how many days, pauses and resumes, and re-plans from today', async ({
  page,
  openApp,
}) => {
  test.slow();
  await openApp();
  const { plan: checklist, schedule: plan } = await createPlan(page, 'Behind plan');
  const today = await plan.today();
  const [, longest, shorter] = await checklist.itemTitles();
  if (longest === undefined || shorter === undefined) throw new Error('too few items');
  await setDueDate(page, shorter, daysFromToday(-10));
  await setDueDate(page, longest, daysFromToday(-30));

  await expect(plan.behindAlert).toContainText(
    `You are 30 days behind: ‘${longest}’ was due on ${shown(daysFromToday(-30))}.`,
  );
  // This week starts with what is overdue, the longest overdue first.
  await plan.showView('This week');
  const overdueGroup = plan.group(/^Overdue/);
  await expect(overdueGroup.getByRole('checkbox')).toHaveCount(2);
  await expect(overdueGroup.getByRole('checkbox').first()).toHaveAccessibleName(longest);
  await expect(overdueGroup.getByRole('checkbox').nth(1)).toHaveAccessibleName(shorter);
  const daysBehind = 30;

  await plan.pauseButton.click();
  await expect(plan.pausedAlert).toContainText(`Paused since ${shown(today)}.`);
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  // A pause is a choice, not falling behind.
  await expect(plan.behindAlert).toHaveCount(0);
  await expect(plan.pauseButton).toHaveCount(0);
  expect((await plan.storedPlan()).schedule.pausedSince).toBe(today);

  await plan.resumeButton.click();
  await expect(plan.pauseButton).toBeVisible();
  await expect(plan.pausedAlert).toHaveCount(0);
  // Paused and resumed the same day: nothing moved, so the plan is as far behind as before.
  await expect(plan.behindAlert).toContainText(`You are ${daysBehind} days behind`);

  await plan.replanButton.click();
  await expect(plan.behindAlert).toHaveCount(0);
  await expect(plan.group(/^Overdue/)).toHaveCount(0);
  await expect(plan.group(/^This week/)).toBeVisible();
  const replanned = await plan.storedPlan();
  expect(replanned.schedule.daysBehind).toBe(0);
  for (const item of replanned.items.filter((i) => i.status === 'todo')) {
    expect(item.dueDate! >= today, `${item.title} is due ${item.dueDate}`).toBe(true);
  }

  // The timeline starts this week and shows each week's study against the budget.
  await plan.showView('Timeline');
  const firstWeek = page.locator('.timeline > li').first();
  await expect(firstWeek).toContainText('This week');
  await expect(firstWeek).toContainText(/of 8 h/);

  // A new effort estimate leaves the dates alone until the next re-plan, and the plan says so.
  await plan.showView('Checklist');
  const details = page.getByRole('button', { name: `Details for ${longest}` });
  await details.click();
  const effort = page.getByRole('spinbutton', { name: 'Effort estimate (hours)' });
  await effort.fill('60');
  await effort.press('Enter');
  const notice = page.getByRole('status').filter({ hasText: 'You changed an effort estimate' });
  await expect(notice).toBeVisible();
  const dueBefore = (await plan.storedPlan()).items.find((item) => item.title === longest)?.dueDate;
  await notice.getByRole('button', { name: 'Re-plan from today' }).click();
  await expect(notice).toHaveCount(0);
  const dueAfter = (await plan.storedPlan()).items.find((item) => item.title === longest)?.dueDate;
  expect(dueAfter).not.toBe(dueBefore);
});

test('items move in the study order with Alt+Up and Alt+Down or by dragging, and the dates follow', async ({
  page,
  openApp,
}) => {
  test.slow();
  await openApp();
  const { plan, schedule } = await createPlan(page, 'Reordered plan');
  await page.getByRole('radio', { name: 'In study order' }).check();
  const before = await plan.itemTitles();
  const [first, second, third] = before;
  if (first === undefined || second === undefined || third === undefined) throw new Error('too few items');

  await plan.checkbox(second).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(schedule.moveAnnouncement).toHaveText(
    `‘${second}’ moved to 1 of ${before.length} in the study order.`,
  );
  await expect(plan.checkbox(second)).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: `Moved ‘${second}’ up in the study order` }),
  ).toBeVisible();
  expect((await plan.itemTitles()).slice(0, 2)).toEqual([second, first]);
  // The schedule follows the new order: the moved item is now due first.
  await expect
    .poll(async () => {
      const items = (await schedule.storedPlan()).items;
      const due = (title: string) => items.find((item) => item.title === title)?.dueDate ?? '';
      return due(second) < due(first);
    })
    .toBe(true);

  await page.keyboard.press('Alt+ArrowUp');
  await expect(schedule.moveAnnouncement).toHaveText(`‘${second}’ is already first in the study order.`);

  // Undo puts the old order back, and Redo the new one.
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await plan.itemTitles()).slice(0, 2)).toEqual([first, second]);
  await expect(
    page.getByRole('status').filter({ hasText: `Undone: Moved ‘${second}’ up in the study order` }),
  ).toBeVisible();
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(async () => (await plan.itemTitles()).slice(0, 2)).toEqual([second, first]);

  // The order is the plan's own: it is there after a reload.
  await expect(
    page.getByRole('status').filter({ hasText: `Moved ‘${second}’ up in the study order` }),
  ).toBeVisible();
  await page.reload();
  await plan.waitUntilShown('Reordered plan');
  expect((await plan.itemTitles()).slice(0, 3)).toEqual([second, first, third]);

  // Dragging the third item by its handle onto the top half of the first row puts it first.
  const row = (title: string) => page.locator('.checklist-item').filter({ has: plan.checkbox(title) });
  await row(third).locator('.drag-handle').hover();
  await page.mouse.down();
  await row(second).hover({ position: { x: 200, y: 12 } });
  await row(second).hover({ position: { x: 200, y: 6 } });
  await expect(row(second)).toHaveClass(/drop-before/);
  await page.mouse.up();
  await expect.poll(async () => (await plan.itemTitles()).slice(0, 3)).toEqual([third, second, first]);
  await expect(schedule.moveAnnouncement).toHaveText(
    `‘${third}’ moved to 1 of ${before.length} in the study order.`,
  );

  // Shown by kind, an item moves past its neighbour of the same kind.
  await page.getByRole('radio', { name: 'By kind' }).check();
  const tools = schedule.group(/^Tools/).getByRole('checkbox');
  const [toolA, toolB] = await tools.evaluateAll((boxes) => boxes.slice(0, 2).map((box) => box.id));
  if (toolA === undefined || toolB === undefined) throw new Error('too few tools');
  await page.locator(`#${toolB}`).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(tools.first()).toHaveAttribute('id', toolB);
  await expect(tools.nth(1)).toHaveAttribute('id', toolA);
  await expect(page.locator(`#${toolB}`)).toBeFocused();
  await expect(schedule.moveAnnouncement).toContainText(/moved to 1 of \d+ in Tools\.$/);
});

test('the plan’s calendar downloads as an .ics whose events are the unfinished items’ due dates', async ({
  page,
  openApp,
}, testInfo) => {
  test.slow();
  await openApp();
  const { plan: checklist, schedule: plan } = await createPlan(page, 'Calendar plan');
  await checklist.tick((await checklist.itemTitles())[0] ?? 'no item');

  const downloadStarted = page.waitForEvent('download');
  await plan.exportCalendarButton.click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toBe('Calendar plan.ics');
  await expect(page.getByRole('status').filter({ hasText: 'Saved Calendar plan.ics' })).toBeVisible();
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);

  const calendar = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8')));
  const dueEvents = calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent))
    .filter((event) => event.summary.startsWith('Due: '))
    .map((event) => [event.summary.slice('Due: '.length), event.startDate.toString()]);
  const stored = await plan.storedPlan();
  const expected = stored.items
    .filter((item) => item.status === 'todo' && item.dueDate !== null)
    .map((item) => [item.title, item.dueDate]);
  expect(expected.length).toBe(stored.items.length - 1);
  expect(dueEvents).toEqual(expected);
});

test('the schedule dialog re-plans with a new study time, and every view passes the WCAG checks in both themes', async ({
  page,
  openApp,
}) => {
  test.setTimeout(180_000);
  await openApp();
  const { plan: checklist, schedule: plan } = await createPlan(page, 'Accessible schedule');
  await setDueDate(page, (await checklist.itemTitles())[1] ?? 'no item', daysFromToday(-3));
  const findings: string[] = [];
  const audit = async (screen: string) => {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    for (const violation of results.violations) {
      findings.push(
        `${screen}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    }
  };

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await plan.showView('This week');
    await expect(plan.behindAlert).toBeVisible();
    await audit(`${scheme} this week`);
    await plan.showView('Checklist');
    await audit(`${scheme} checklist`);
    await plan.showView('Timeline');
    await audit(`${scheme} timeline`);
    await page.getByRole('button', { name: 'Edit schedule…' }).click();
    await expect(page.getByRole('dialog', { name: 'Schedule' })).toBeVisible();
    await audit(`${scheme} schedule dialog`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  expect(findings).toEqual([]);

  // Arrow keys move between the views.
  await page.getByRole('tab', { name: 'Timeline' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'This week' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'This week' })).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: 'Edit schedule…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule' });
  await dialog.getByRole('button', { name: '2 h every day' }).click();
  await dialog.getByRole('radio', { name: /As soon as my study time allows/ }).check();
  const preview = dialog.getByRole('status');
  await expect(preview).toContainText('As soon as your study time allows: you finish on');
  const finish = /you finish on (\d+ \w+ \d{4})\./.exec((await preview.textContent()) ?? '')?.[1];
  await dialog.getByRole('button', { name: 'Save and re-plan' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(plan.fact('Study time')).toHaveText('14 h a week');
  await expect(plan.fact('Projected finish')).toHaveText(finish ?? 'no finish in the preview');
  await expect(plan.behindAlert).toHaveCount(0);
  const stored = await plan.storedPlan();
  expect(stored.schedule.budget).toEqual([120, 120, 120, 120, 120, 120, 120]);
  expect(stored.schedule.daysBehind).toBe(0);
});
