import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { PlanDetail } from '../../../shared/domain';
import { createSamplePlan, expectOk, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir('studypath-ics-');

/** Today is Monday 2026-03-02, 09:00 local time; the sample plan runs to 2026-03-31. */
function setup() {
  const harness = serviceHarness(tempDir());
  const plan = createSamplePlan(harness.service);
  const item = (title: string) => {
    const found = plan.items.find((candidate) => candidate.title === title);
    if (found === undefined) throw new Error(`no item ${title}`);
    return found;
  };
  return { ...harness, plan, item };
}

function parseCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

function eventNamed(events: ICAL.Event[], summary: string): ICAL.Event {
  const found = events.find((event) => event.summary === summary);
  if (found === undefined)
    throw new Error(`no event "${summary}" in ${events.map((e) => e.summary).join(' | ')}`);
  return found;
}

function exportIcs(service: ReturnType<typeof setup>['service'], planId: number) {
  return expectOk(service.exportPlanIcs({ planId }));
}

describe('exporting a plan as a calendar', () => {
  it('has an all-day event on the due date of every unfinished item', () => {
    const { service, plan } = setup();
    const { ics, suggestedFileName } = exportIcs(service, plan.id);
    expect(suggestedFileName).toBe('My plan.ics');

    const { calendar, events } = parseCalendar(ics);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('StudyPath: My plan');
    const dueEvents = events.filter((event) => event.summary.startsWith('Due: '));
    expect(dueEvents.map((event) => event.summary).sort()).toEqual(
      plan.items.map((item) => `Due: ${item.title}`).sort(),
    );
    for (const item of plan.items) {
      const event = eventNamed(events, `Due: ${item.title}`);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(item.dueDate);
      // DTEND of an all-day event is the next day (exclusive).
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(86_400_000);
    }
  });

  it('leaves out items that are done or skipped', () => {
    const { service, plan, item } = setup();
    expectOk(service.setItemStatus({ itemId: item('Alpha Certificate').id, status: 'done' }));
    expectOk(service.setItemStatus({ itemId: item('Editors').id, status: 'skipped' }));
    const { events } = parseCalendar(exportIcs(service, plan.id).ics);
    expect(events.map((event) => event.summary).sort()).toEqual([
      'Due: Beta Certificate',
      'Due: Build a Widget',
    ]);
  });

  it('adds exam days with an alarm the morning before', () => {
    const { service, plan, item } = setup();
    const beta = item('Beta Certificate');
    expectOk(
      service.updateCertification({
        itemId: beta.id,
        examDate: '2026-04-15',
        bookingNote: 'Centre B, 10:00',
      }),
    );
    const { events } = parseCalendar(exportIcs(service, plan.id).ics);
    const exam = eventNamed(events, 'Exam: Beta Certificate');
    expect(exam.startDate.isDate).toBe(true);
    expect(exam.startDate.toString()).toBe('2026-04-15');
    expect(exam.description).toContain('Centre B, 10:00');
    const alarms = exam.component.getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarms[0]?.getFirstPropertyValue('trigger'))).toBe('-PT15H');
  });

  it('has the study sessions as one weekly event with an alarm before each', () => {
    const { service, plan } = setup();
    expectOk(
      service.setStudySessions({ planId: plan.id, enabled: true, weekdays: [3, 1, 5], time: '19:30' }),
    );
    const detail = expectOk(service.getPlan({ planId: plan.id }));
    const { events } = parseCalendar(exportIcs(service, plan.id).ics);
    const sessions = eventNamed(events, 'Study session: My plan');

    // Floating local time: 19:30 wherever the person is.
    expect(sessions.startDate.toString()).toBe('2026-03-02T19:30:00');
    expect(sessions.startDate.zone?.tzid).toBe('floating');
    expect(sessions.duration.toString()).toBe('PT1H');

    const rule = sessions.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.parts['BYDAY']).toEqual(['MO', 'WE', 'FR']);
    expect(rule.until?.toString()).toBe(`${detail.schedule.projectedFinish}T23:59:59`);

    const occurrences: string[] = [];
    const iterator = sessions.iterator();
    for (let next = iterator.next(); next !== undefined && occurrences.length < 4; next = iterator.next()) {
      occurrences.push(next.toString());
    }
    expect(occurrences).toEqual([
      '2026-03-02T19:30:00',
      '2026-03-04T19:30:00',
      '2026-03-06T19:30:00',
      '2026-03-09T19:30:00',
    ]);

    const alarm = sessions.component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT10M');
  });

  it('makes a session as long as the daily budget when every session day has the same one', () => {
    const { service, plan } = setup();
    expectOk(service.updatePlanSchedule({ planId: plan.id, budget: [90, 90, 90, 90, 90, 180, 0] }));
    expectOk(service.setStudySessions({ planId: plan.id, enabled: true, weekdays: [2, 4], time: '07:00' }));
    const sessions = eventNamed(
      parseCalendar(exportIcs(service, plan.id).ics).events,
      'Study session: My plan',
    );
    expect(sessions.duration.toString()).toBe('PT1H30M');
    // Today is a Monday: the first session is Tuesday's.
    expect(sessions.startDate.toString()).toBe('2026-03-03T07:00:00');
  });

  it('has no study sessions while they are off, the plan is paused or nothing is left', () => {
    const { service, plan } = setup();
    const summaries = () =>
      parseCalendar(exportIcs(service, plan.id).ics).events.map((event) => event.summary);
    expect(summaries()).not.toContain('Study session: My plan');

    expectOk(service.setStudySessions({ planId: plan.id, enabled: true, weekdays: [1], time: '18:00' }));
    expect(summaries()).toContain('Study session: My plan');
    expectOk(service.pausePlan({ planId: plan.id }));
    expect(summaries()).not.toContain('Study session: My plan');
    expectOk(service.resumePlan({ planId: plan.id }));
    for (const item of plan.items) expectOk(service.setItemStatus({ itemId: item.id, status: 'done' }));
    expect(summaries()).toEqual([]);
  });

  it('keeps the same UIDs across exports, so importing again updates the events', () => {
    const { service, plan, clock, item } = setup();
    expectOk(service.setStudySessions({ planId: plan.id, enabled: true, weekdays: [1, 3], time: '19:00' }));
    expectOk(service.updateCertification({ itemId: item('Alpha Certificate').id, examDate: '2026-03-20' }));
    const first = parseCalendar(exportIcs(service, plan.id).ics).events;
    clock.advance(3 * 86_400_000);
    expectOk(service.updateItem({ itemId: item('Editors').id, dueDate: '2026-03-25' }));
    const second = parseCalendar(exportIcs(service, plan.id).ics).events;

    const uids = (events: ICAL.Event[]) => events.map((event) => event.uid).sort();
    expect(uids(second)).toEqual(uids(first));
    expect(new Set(uids(first)).size).toBe(first.length);
    const editorsUid = eventNamed(first, 'Due: Editors').uid;
    expect(second.find((event) => event.uid === editorsUid)?.startDate.toString()).toBe('2026-03-25');
    // Another plan's events never share a UID with this one's.
    const other = createSamplePlanNamed(service, 'Second plan');
    const otherUids = uids(parseCalendar(exportIcs(service, other.id).ics).events);
    expect(otherUids.filter((uid) => uids(first).includes(uid))).toEqual([]);
  });

  it('keeps commas, semicolons and line breaks in titles intact', () => {
    const { service, plan } = setup();
    const custom = expectOk(
      service.addCustomItem({
        planId: plan.id,
        title: 'Read ch. 1, 2; then\nsummarise',
        dueDate: '2026-03-10',
      }),
    );
    const { events } = parseCalendar(exportIcs(service, plan.id).ics);
    expect(events.some((event) => event.summary === `Due: ${custom.title}`)).toBe(true);
  });

  it('answers not-found for a plan that does not exist', () => {
    const { service } = setup();
    expect(service.exportPlanIcs({ planId: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

function createSamplePlanNamed(service: ReturnType<typeof setup>['service'], name: string): PlanDetail {
  const pathId = expectOk(service.listPaths({})).find((path) => path.id === 'test-role')?.id ?? 'test-role';
  const path = expectOk(service.getPath({ pathId }));
  return expectOk(
    service.createPlan({
      name,
      pathId,
      startDate: '2026-03-02',
      targetDate: '2026-03-31',
      itemKeys: path.items.map((item) => item.key),
    }),
  );
}
