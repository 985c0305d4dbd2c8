import { addDays, differenceInCalendarDays, format, getISODay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LAST_DAY,
  fromDayNumber,
  isoWeekKey,
  mondayOf,
  toDayNumber,
  weekdayIndex,
} from '../../../shared/planning/days';
import { formatIsoDate, parseIsoDate } from '../../../shared/schedule';

const anyDate = fc
  .integer({ min: 0, max: 120_000 })
  .map((offset) => formatIsoDate(addDays(new Date(1900, 0, 1), offset)));

describe('calendar days as numbers', () => {
  it('agrees with date-fns on dates, day counts, weekdays and ISO weeks', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const dayA = toDayNumber(a);
        const localA = parseIsoDate(a);
        expect(fromDayNumber(dayA)).toBe(a);
        expect(toDayNumber(b) - dayA).toBe(differenceInCalendarDays(parseIsoDate(b), localA));
        expect(weekdayIndex(dayA)).toBe(getISODay(localA) - 1);
        expect(isoWeekKey(dayA)).toBe(format(localA, "RRRR-'W'II"));
        expect(fromDayNumber(mondayOf(dayA))).toBe(formatIsoDate(addDays(localA, 1 - getISODay(localA))));
      }),
      { numRuns: 1000 },
    );
  });

  it('knows leap days and month ends', () => {
    expect(fromDayNumber(toDayNumber('2028-02-28') + 1)).toBe('2028-02-29');
    expect(fromDayNumber(toDayNumber('2027-02-28') + 1)).toBe('2027-03-01');
    expect(fromDayNumber(toDayNumber('2100-02-28') + 1)).toBe('2100-03-01');
    expect(fromDayNumber(toDayNumber('2000-02-28') + 1)).toBe('2000-02-29');
    expect(fromDayNumber(toDayNumber('2026-12-31') + 1)).toBe('2027-01-01');
    expect(toDayNumber('1970-01-01')).toBe(0);
  });

  it('names the ISO week of days whose week belongs to another year', () => {
    expect(isoWeekKey(toDayNumber('2027-01-03'))).toBe('2026-W53');
    expect(isoWeekKey(toDayNumber('2025-12-29'))).toBe('2026-W01');
    expect(isoWeekKey(toDayNumber('2028-01-02'))).toBe('2027-W52');
  });

  it('rejects text that is not a calendar date', () => {
    for (const text of [
      '2026-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-1-05',
      '26-01-05',
      '',
    ]) {
      expect(() => toDayNumber(text), text).toThrow(RangeError);
    }
    expect(() => fromDayNumber(LAST_DAY + 1)).toThrow(RangeError);
    expect(fromDayNumber(LAST_DAY)).toBe('9999-12-31');
  });
});
