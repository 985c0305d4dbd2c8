/**
 * Run by time-zones.test.ts with a TZ of its choice: schedules every scenario and checks the
 * engine's calendar against date-fns in this process's local calendar, then prints JSON.
 */
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { getISODay } from 'date-fns/getISODay';
import { scheduleItems } from '../../../shared/planning';
import { fromDayNumber, isoWeekKey, toDayNumber, weekdayIndex } from '../../../shared/planning/days';
import { scenarios, summarise } from './scenarios';

const results = scenarios.map((scenario) => summarise(scheduleItems(scenario.input)));

// Every day of 2026 to 2029, each year's clock changes and the leap day included.
const firstDay = new Date(2026, 0, 1);
const firstDayNumber = toDayNumber('2026-01-01');
const calendarMismatches: string[] = [];
for (let offset = 0; offset < 4 * 366; offset += 1) {
  const local = addDays(firstDay, offset);
  const expected = format(local, 'yyyy-MM-dd');
  const dayNumber = firstDayNumber + offset;
  if (
    fromDayNumber(dayNumber) !== expected ||
    toDayNumber(expected) !== dayNumber ||
    weekdayIndex(dayNumber) !== getISODay(local) - 1 ||
    isoWeekKey(dayNumber) !== format(local, "RRRR-'W'II")
  ) {
    calendarMismatches.push(expected);
  }
}

console.log(
  JSON.stringify({
    // Minutes behind UTC in January and July: proof the zone and its DST rules took effect.
    utcOffsets: [new Date(2026, 0, 15).getTimezoneOffset(), new Date(2026, 6, 15).getTimezoneOffset()],
    results,
    calendarMismatches,
  }),
);
