import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { PlannerApi } from '../../shared/contract';
import { expect, test } from './fixtures';
import { createSupportPlan } from './plan-setup';

const PLAN_NAME = 'Support engineer calendar';

/** The browser host's stand-in for the save dialog: the calendar arrives as a download. */
test('a plan’s calendar downloads from the browser host as an .ics with its due dates and study sessions', async ({
  page,
  openApp,
}, testInfo) => {
  await openApp();
  await createSupportPlan(page, PLAN_NAME);
  const planId = Number(/#\/plans\/(\d+)/.exec(page.url())?.[1]);
  expect(planId).toBeGreaterThan(0);

  const plan = await page.evaluate(async (id) => {
    const api = (globalThis as unknown as { planner: PlannerApi }).planner;
    await api.setStudySessions({ planId: id, enabled: true, weekdays: [2, 4], time: '18:30' });
    return api.getPlan({ planId: id });
  }, planId);
  if (!plan.ok) throw new Error(plan.error.message);

  const [download, outcome] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(
      (id) => (globalThis as unknown as { planner: PlannerApi }).planner.savePlanIcs({ planId: id }),
      planId,
    ),
  ]);
  expect(outcome).toEqual({ ok: true, value: { status: 'saved', fileName: `${PLAN_NAME}.ics` } });
  expect(download.suggestedFilename()).toBe(`${PLAN_NAME}.ics`);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);

  const calendar = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const dueDates = events
    .filter((event) => event.summary.startsWith('Due: '))
    .map((event) => [event.summary.slice('Due: '.length), event.startDate.toString()]);
  expect(dueDates).toEqual(plan.value.items.map((item) => [item.title, item.dueDate]));

  const sessions = events.find((event) => event.summary === `Study session: ${PLAN_NAME}`);
  expect(sessions?.startDate.toString()).toMatch(/T18:30:00$/);
  const rule = sessions?.component.getFirstPropertyValue('rrule') as ICAL.Recur | undefined;
  expect(rule?.parts['BYDAY']).toEqual(['TU', 'TH']);
  expect(sessions?.component.getFirstSubcomponent('valarm')).not.toBeNull();
});
