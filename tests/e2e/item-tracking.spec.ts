import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addDays, addMinutes, format, set, subDays } from 'date-fns';
import { expect, test } from './fixtures';
import { ActivityPage } from './pages/activity-page';
import { ItemDetails } from './pages/item-details';
import { checklistLine, pdfToText } from './pdf-text';
import { createSupportPlan } from './plan-setup';

const PLAN_NAME = 'Support engineer, tracked';
const CERTIFICATION = 'CompTIA A+';
const PROJECT = 'Build a home lab and document it';
const REMINDER_ITEM = 'ITIL Foundation';
/** Every item of the plan, grouped by kind, rather than only this week's. */
async function showChecklist(page: Page): Promise<void> {
  const tab = page.getByRole('tab', { name: 'Checklist' });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

const toasts = (page: Page) => page.getByRole('status', { name: 'Notifications' });

test('a passed exam with its date earned ticks the certification off and shows when it expires and when renewal is reminded', async ({
  page,
  openApp,
}) => {
  await openApp();
  const plan = await createSupportPlan(page, PLAN_NAME);
  await showChecklist(page);
  const cert = new ItemDetails(page, CERTIFICATION);
  await cert.open();

  await cert.enter(cert.certification, 'Exam date', '2025-03-10');
  await cert.enter(cert.certification, 'Booking or voucher note', 'Pearson VUE, booking 4711');
  await cert.certification.getByLabel('Result').selectOption({ label: 'Passed' });
  await expect(cert.certification.getByText('Add it to tick the certification off.')).toBeVisible();
  await cert.enter(cert.certification, 'Score', '812/900');
  await cert.enter(cert.certification, 'Date earned', '2025-03-14');

  await expect(plan.checkbox(CERTIFICATION)).toBeChecked();
  // CompTIA A+ is valid for three years, as the career path says.
  await expect(cert.certification.getByLabel('Valid for (years)')).toHaveValue('3');
  await expect(cert.certification.getByLabel('Expires', { exact: true })).toHaveValue('2028-03-14');
  await expect(cert.certification.getByText('Worked out from the date earned and validity.')).toBeVisible();
  await expect(cert.certification).toContainText(
    'Renewal reminder on 15 Dec 2027, 90 days before it expires on 14 Mar 2028.',
  );

  // An expiry set by hand wins over the worked-out one.
  await cert.enter(cert.certification, 'Expires', '2028-06-30');
  await expect(cert.certification.getByText('Set by hand. Clear it to work it out again.')).toBeVisible();
  await expect(cert.certification).toContainText('Renewal reminder on 1 Apr 2028');
  await cert.enter(cert.certification, 'Expires', '');
  await expect(cert.certification.getByLabel('Expires', { exact: true })).toHaveValue('2028-03-14');

  // How early the renewal reminder comes is a preference.
  await page.getByRole('link', { name: 'Change how early' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Preferences' })).toBeVisible();
  const days = page.getByLabel(/Remind me to renew a certification/);
  await expect(days).toHaveValue('90');
  await days.fill('30');
  await days.press('Enter');
  await page.goBack();
  await plan.waitUntilShown(PLAN_NAME);
  await showChecklist(page);
  await cert.open();
  await expect(cert.certification).toContainText(
    'Renewal reminder on 13 Feb 2028, 30 days before it expires',
  );

  await page.reload();
  await plan.waitUntilShown(PLAN_NAME);
  await showChecklist(page);
  await cert.open();
  await expect(cert.certification.getByLabel('Exam date')).toHaveValue('2025-03-10');
  await expect(cert.certification.getByLabel('Booking or voucher note')).toHaveValue(
    'Pearson VUE, booking 4711',
  );
  await expect(cert.certification.getByLabel('Result')).toHaveValue('passed');
  await expect(cert.certification.getByLabel('Score')).toHaveValue('812/900');
  await expect(cert.certification.getByLabel('Date earned')).toHaveValue('2025-03-14');
});

test('ticked deliverables and an evidence link of a project are printed in the PDF', async ({
  page,
  openApp,
}, testInfo) => {
  await openApp();
  const plan = await createSupportPlan(page, PLAN_NAME);
  await showChecklist(page);
  const project = new ItemDetails(page, PROJECT);
  await project.open();

  // The career path lists four deliverables for this project.
  await expect(project.deliverables.getByRole('checkbox')).toHaveCount(4);
  await expect(project.deliverables.getByRole('checkbox', { checked: true })).toHaveCount(0);
  for (const title of [
    'A diagram of the lab with its machines and network',
    'A page on what you would check first next time',
  ]) {
    await project.deliverable(title).check();
    await expect(project.deliverable(title)).toBeChecked();
  }
  await expect(project.deliverables).toContainText('2/4');

  const newDeliverable = project.deliverables.getByLabel(`New deliverable for ${PROJECT}`);
  await newDeliverable.fill('Video tour');
  await newDeliverable.press('Enter');
  await expect(project.deliverable('Video tour')).toBeVisible();
  await project.deliverables.getByRole('button', { name: 'Rename Video tour' }).click();
  const rename = project.deliverables.getByRole('textbox', { name: 'New name for Video tour' });
  await rename.fill('A five-minute video tour of the lab');
  await rename.press('Enter');
  await expect(project.deliverable('A five-minute video tour of the lab')).toBeVisible();
  await newDeliverable.fill('Scratch notes');
  await project.deliverables.getByRole('button', { name: 'Add deliverable' }).click();
  await project.deliverables.getByRole('button', { name: 'Delete Scratch notes' }).click();
  await expect(project.deliverable('Scratch notes')).toHaveCount(0);
  await expect(project.deliverables).toContainText('2/5');

  // Only full http(s) addresses are taken.
  await project.addEvidence('Repository', 'github.com/example/home-lab');
  await expect(
    project.evidence.getByText('Enter a full web address starting with https:// or http://.'),
  ).toBeVisible();
  await expect(project.evidence.getByLabel('Web address')).toHaveAttribute('aria-invalid', 'true');
  await project.addEvidence('Repository', 'https://github.com/example/home-lab', 'Home lab notes');
  await expect(project.evidence.getByRole('link', { name: /Home lab notes/ })).toHaveAttribute(
    'href',
    'https://github.com/example/home-lab',
  );
  await project.addEvidence('Write-up', 'https://example.com/lab-write-up');
  await expect(project.evidence.getByRole('link', { name: /example\.com\/lab-write-up/ })).toBeVisible();
  await project.evidence.getByRole('button', { name: 'Delete link example.com/lab-write-up' }).click();
  await expect(project.evidence.getByRole('link')).toHaveCount(1);

  const download = await plan.exportPdf();
  const pdfFile = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(pdfFile);
  const text = pdfToText(pdfFile);
  // The print styles set sub-headings in capitals.
  expect(text).toMatch(/Deliverables: 2 of 5 done/i);
  expect(checklistLine(text, 'A diagram of the lab')).toContain('☑');
  expect(checklistLine(text, 'A page on what you would check first')).toContain('☑');
  expect(checklistLine(text, 'A five-minute video tour of the lab')).toContain('☐');
  expect(text).not.toContain('Scratch notes');
  expect(text).toContain('Home lab notes');
  expect(text).toContain('https://github.com/example/home-lab');
  expect(text).not.toContain('lab-write-up');
});

test('a reminder can be snoozed for an hour or until tomorrow morning, and the snooze is kept', async ({
  page,
  openApp,
}) => {
  await openApp();
  const plan = await createSupportPlan(page, PLAN_NAME);
  await showChecklist(page);
  const item = new ItemDetails(page, REMINDER_ITEM);
  await item.open();
  const snooze = item.item.getByRole('group', { name: `Snooze the reminder for ${REMINDER_ITEM}` });
  await expect(snooze).toHaveCount(0);

  await item.item
    .getByLabel('Reminder', { exact: true })
    .fill(format(addMinutes(new Date(), 5), "yyyy-MM-dd'T'HH:mm"));
  await item.item.getByRole('button', { name: 'Set reminder' }).click();
  await snooze.getByRole('button', { name: 'Snooze 1 hour' }).click();
  await expect(toasts(page)).toContainText(`Reminder for “${REMINDER_ITEM}” snoozed until`);
  await expect(item.item.getByText(/^Snoozed until \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\.$/)).toBeVisible();

  await snooze.getByRole('button', { name: 'Tomorrow morning' }).click();
  const tomorrowMorning = set(addDays(new Date(), 1), { hours: 9, minutes: 0 });
  const expected = `Snoozed until ${format(tomorrowMorning, 'd MMM yyyy, HH:mm')}.`;
  await expect(item.item.getByText(expected)).toBeVisible();

  await page.reload();
  await plan.waitUntilShown(PLAN_NAME);
  await showChecklist(page);
  await item.open();
  await expect(item.item.getByText(expected)).toBeVisible();

  // A finished item no longer reminds, so it offers no snooze.
  await plan.tick(REMINDER_ITEM);
  await expect(snooze).toHaveCount(0);
});

test('the Activity screen counts the items completed today, the weekly streak and the hours behind them', async ({
  page,
  openApp,
}) => {
  await openApp();
  const plan = await createSupportPlan(page, PLAN_NAME);
  await showChecklist(page);
  const activity = new ActivityPage(page);
  await activity.openFromSidebar();
  await expect(activity.stat('Items completed')).toHaveText('0 items');
  await expect(activity.summary).toHaveText('No items completed in the last 26 weeks.');

  await page.goBack();
  await plan.waitUntilShown(PLAN_NAME);
  await showChecklist(page);
  // 150, 25 and 20 hours in the career path.
  for (const title of [CERTIFICATION, REMINDER_ITEM, 'HDI Customer Service Representative (CSR)'])
    await plan.tick(title);

  await activity.openFromSidebar();
  const today = new Date();
  await expect(activity.stat('Items completed')).toHaveText('3 items');
  await expect(activity.stat('Study completed')).toHaveText('195 hours');
  await expect(activity.stat('Current weekly streak')).toHaveText('1 week');
  await expect(activity.stat('Longest weekly streak')).toHaveText('1 week');
  await expect(activity.summary).toHaveText('3 items completed on 1 day in the last 26 weeks.');
  const todayCell = activity.day(`3 items on ${format(today, 'EEE d MMM')}`);
  await expect(todayCell).toHaveClass(/heat-3/);

  // The grid is one Tab stop on the newest day; arrow keys move by week and by day.
  await page.getByRole('heading', { level: 2, name: 'Items completed per day' }).click();
  await page.keyboard.press('Tab');
  await expect(todayCell).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(':focus')).toHaveAttribute(
    'aria-label',
    `No items on ${format(subDays(today, 7), 'EEE d MMM')}`,
  );
  await expect(page.locator('.heatmap-readout')).toHaveText(
    `No items on ${format(subDays(today, 7), 'EEE d MMM')}`,
  );

  await page.getByText('Show as a table').click();
  const thisWeek = page.getByRole('row', { name: /^Week of / }).first();
  await expect(thisWeek.getByRole('cell').last()).toHaveText('3');

  // Undo reaches back from here; the screen follows.
  await page.keyboard.press('Control+z');
  await expect(activity.stat('Items completed')).toHaveText('2 items');
});

for (const theme of ['light', 'dark'] as const) {
  test(`item details, Activity and the new preferences pass the WCAG 2.2 AA checks in the ${theme} theme`, async ({
    page,
    openApp,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    await openApp();
    const plan = await createSupportPlan(page, PLAN_NAME);
    await showChecklist(page);
    await plan.tick(REMINDER_ITEM);
    const cert = new ItemDetails(page, CERTIFICATION);
    await cert.open();
    await cert.enter(cert.certification, 'Date earned', '2025-03-14');
    await expect(cert.certification).toContainText('Renewal reminder on');
    const project = new ItemDetails(page, PROJECT);
    await project.open();
    await project.deliverable('A diagram of the lab with its machines and network').check();
    await project.addEvidence('Demo', 'https://example.com/demo');
    await expect(project.evidence.getByRole('link')).toHaveCount(1);
    const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const findings: string[] = [];
    const audit = async (screen: string) => {
      const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
      for (const violation of results.violations)
        findings.push(
          `${screen}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
    };
    await audit('item details');

    const activity = new ActivityPage(page);
    await activity.openFromSidebar();
    await page.getByText('Show as a table').click();
    await audit('activity');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Preferences' }).click();
    await expect(page.getByRole('checkbox', { name: 'Start StudyPath when I log in' })).toBeEnabled();
    await audit('preferences');
    expect(findings).toEqual([]);
  });
}

test('study sessions chosen for a plan are saved and shown again', async ({ page, openApp }) => {
  await openApp();
  await createSupportPlan(page, PLAN_NAME);
  await page.getByRole('button', { name: 'Study sessions…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Study sessions' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Remind me of my study sessions' }).check();
  const days = dialog.getByRole('group', { name: 'Days' });
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
    await days.getByRole('checkbox', { name: day }).uncheck();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Choose at least one day for your study sessions.')).toBeVisible();

  await days.getByRole('checkbox', { name: 'Tuesday' }).check();
  await days.getByRole('checkbox', { name: 'Thursday' }).check();
  await dialog.getByLabel('Time').fill('18:30');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(toasts(page)).toContainText('Study sessions: Tuesdays and Thursdays at 18:30');

  await page.reload();
  await page.getByRole('button', { name: 'Study sessions…' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Remind me of my study sessions' })).toBeChecked();
  await expect(days.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await expect(days.getByRole('checkbox', { name: 'Thursday' })).toBeChecked();
  await expect(dialog.getByLabel('Time')).toHaveValue('18:30');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('the background settings are kept', async ({ page, openApp }) => {
  await openApp();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Preferences' }).click();
  const tray = page.getByRole('checkbox', {
    name: 'Keep StudyPath running in the tray when the window is closed',
  });
  const login = page.getByRole('checkbox', { name: 'Start StudyPath when I log in' });
  await expect(tray).not.toBeChecked();
  await expect(login).not.toBeChecked();
  await tray.check();
  await expect(tray).toBeChecked();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Preferences' })).toBeVisible();
  await expect(tray).toBeChecked();
  await expect(login).not.toBeChecked();
});
