/**
 * A plan as an iCalendar file: an all-day event on each unfinished item's due date and on
 * each exam date, and the plan's study sessions as one weekly recurring event. UIDs depend
 * only on the plan and item, so importing a newer export updates the events in place.
 */
import { addDays, getISODay } from 'date-fns';
import { createEvents, type Alarm, type DateArray, type EventAttributes } from 'ics';
import type { IsoDate, PlanDetail, PlanItem } from '../../../shared/domain';
import { isUnfinished } from '../../../shared/planning';
import { fail, ok, type Result } from '../../../shared/result';
import { formatIsoDate, parseIsoDate, todayIso } from '../../../shared/schedule';
import { suggestPdfFileName } from '../print/pdf-file-name';
import type { ServiceContext } from './context';
import { loadPlanDetail } from './plan-detail';

const PRODUCT_ID = '-//StudyPath//Study plan calendar//EN';
const ICS_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const SESSION_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** A session lasts the day's budget when every session day has the same one, else an hour. */
const DEFAULT_SESSION_MINUTES = 60;
const SESSION_ALARM_MINUTES = 10;
/** Midnight of the exam day minus 15 hours: 09:00 the day before, like the app's own reminder. */
const EXAM_ALARM: Alarm = {
  action: 'display',
  description: 'Exam tomorrow',
  trigger: { hours: 15, before: true },
};

/** `ics` accepts a DTSTAMP (`timestamp`) that its types do not declare. */
type CalendarEvent = EventAttributes & { timestamp: number };

const KIND_LABELS: Record<PlanItem['kind'], string> = {
  certification: 'Certification',
  tool: 'Tool group',
  project: 'Project',
  custom: 'Item',
};

function dateArray(date: IsoDate): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

function nextDay(date: IsoDate): [number, number, number] {
  return dateArray(formatIsoDate(addDays(parseIsoDate(date), 1)));
}

/** Stable across exports and unlikely to meet another StudyPath's plan with the same id. */
function uidOf(plan: PlanDetail, what: string): string {
  const created = plan.createdAt.replace(/[^0-9]/g, '').slice(0, 14);
  return `studypath-${created}-plan-${plan.id}-${what}@studypath.local`;
}

function allDayEvent(plan: PlanDetail, what: string, date: IsoDate, timestamp: number): CalendarEvent {
  return {
    uid: uidOf(plan, what),
    start: dateArray(date),
    end: nextDay(date),
    // A deadline does not take up the day in the person's calendar.
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    timestamp,
  };
}

function dueEvent(plan: PlanDetail, item: PlanItem & { dueDate: IsoDate }, timestamp: number): CalendarEvent {
  return {
    ...allDayEvent(plan, `item-${item.id}-due`, item.dueDate, timestamp),
    title: `Due: ${item.title}`,
    description: `${KIND_LABELS[item.kind]} in ${plan.name}, about ${item.effortHours} h of study.`,
    categories: ['StudyPath'],
  };
}

function examEvent(plan: PlanDetail, item: PlanItem, examDate: IsoDate, timestamp: number): CalendarEvent {
  const booking = item.certification?.bookingNote.trim() ?? '';
  return {
    ...allDayEvent(plan, `item-${item.id}-exam`, examDate, timestamp),
    title: `Exam: ${item.title}`,
    description: booking === '' ? `Exam in ${plan.name}.` : `Exam in ${plan.name}. Booking: ${booking}`,
    categories: ['StudyPath'],
    alarms: [EXAM_ALARM],
  };
}

function sessionMinutes(plan: PlanDetail): number {
  const budgets = new Set(plan.studySessions.weekdays.map((weekday) => plan.schedule.budget[weekday - 1]));
  const [only] = budgets;
  return budgets.size === 1 && only !== undefined && only > 0 ? only : DEFAULT_SESSION_MINUTES;
}

/** The first session day on or after `from`. */
function firstSessionDay(weekdays: readonly number[], from: IsoDate): Date {
  let day = parseIsoDate(from);
  while (!weekdays.includes(getISODay(day))) day = addDays(day, 1);
  return day;
}

/**
 * The sessions from the later of today and the plan's start until its projected finish, in
 * floating local time (no time zone: 19:00 wherever the person is), with an alarm before each.
 * None while the plan is paused or has nothing left.
 */
function studySessionEvent(plan: PlanDetail, today: IsoDate, timestamp: number): CalendarEvent | null {
  const { enabled, weekdays, time } = plan.studySessions;
  const clock = SESSION_TIME.exec(time);
  const until = plan.schedule.projectedFinish ?? plan.targetDate;
  const remaining = plan.items.some((item) => isUnfinished(item.status));
  if (
    !enabled ||
    weekdays.length === 0 ||
    clock === null ||
    plan.schedule.pausedSince !== null ||
    !remaining
  ) {
    return null;
  }
  const first = firstSessionDay(weekdays, today > plan.startDate ? today : plan.startDate);
  if (formatIsoDate(first) > until) return null;
  const [year, month, day] = dateArray(formatIsoDate(first));
  const minutes = sessionMinutes(plan);
  const byDay = [...weekdays]
    .sort((a, b) => a - b)
    .map((weekday) => ICS_WEEKDAYS[weekday - 1])
    .join(',');
  const start: DateArray = [year, month, day, Number(clock[1]), Number(clock[2])];
  return {
    uid: uidOf(plan, 'study-sessions'),
    title: `Study session: ${plan.name}`,
    description: `Regular study time for ${plan.name}.`,
    start,
    startInputType: 'local',
    startOutputType: 'local',
    duration: { hours: Math.floor(minutes / 60), minutes: minutes % 60 },
    recurrenceRule: `FREQ=WEEKLY;BYDAY=${byDay};UNTIL=${until.replaceAll('-', '')}T235959`,
    categories: ['StudyPath'],
    alarms: [
      {
        action: 'display',
        description: 'Study session',
        trigger: { minutes: SESSION_ALARM_MINUTES, before: true },
      },
    ],
    timestamp,
  };
}

/** The .ics text for a plan as it is at `now`. */
export function planCalendar(plan: PlanDetail, now: Date): Result<string> {
  const timestamp = now.getTime();
  const events: CalendarEvent[] = [];
  for (const item of plan.items) {
    if (!isUnfinished(item.status)) continue;
    if (item.dueDate !== null) events.push(dueEvent(plan, { ...item, dueDate: item.dueDate }, timestamp));
    const examDate = item.certification?.examDate ?? null;
    if (examDate !== null) events.push(examEvent(plan, item, examDate, timestamp));
  }
  const sessions = studySessionEvent(plan, todayIso(now), timestamp);
  if (sessions !== null) events.push(sessions);

  const { error, value } = createEvents(events, {
    productId: PRODUCT_ID,
    method: 'PUBLISH',
    calName: `StudyPath: ${plan.name}`,
  });
  if (error !== null || value === null) {
    return fail('export-failed', `The calendar could not be written: ${error?.message ?? 'no output'}.`);
  }
  return ok(value);
}

export function exportPlanIcs(
  context: Pick<ServiceContext, 'db' | 'clock'>,
  planId: number,
): Result<{ ics: string; suggestedFileName: string }> {
  const plan = loadPlanDetail(context, planId);
  if (!plan.ok) return plan;
  const calendar = planCalendar(plan.value, context.clock.now());
  if (!calendar.ok) return calendar;
  return ok({
    ics: calendar.value,
    suggestedFileName: suggestPdfFileName(plan.value.name).replace(/\.pdf$/, '.ics'),
  });
}
