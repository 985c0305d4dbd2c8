import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, spreadDueDates } from '../../../shared/schedule';

describe('spreading due dates over a plan', () => {
  it('puts the last item on the target date and the rest at even steps before it', () => {
    expect(spreadDueDates(4, '2026-03-01', '2026-03-29')).toEqual([
      '2026-03-08',
      '2026-03-15',
      '2026-03-22',
      '2026-03-29',
    ]);
  });

  it('gives a single item the target date', () => {
    expect(spreadDueDates(1, '2026-01-10', '2026-06-30')).toEqual(['2026-06-30']);
  });

  it('puts every item on the day when start and target are the same day', () => {
    expect(spreadDueDates(3, '2026-05-05', '2026-05-05')).toEqual(['2026-05-05', '2026-05-05', '2026-05-05']);
  });

  it('lets several items share a day when there are more items than days', () => {
    const dates = spreadDueDates(7, '2026-04-01', '2026-04-03');
    expect(dates).toEqual([
      '2026-04-01',
      '2026-04-01',
      '2026-04-01',
      '2026-04-02',
      '2026-04-02',
      '2026-04-02',
      '2026-04-03',
    ]);
  });

  it('crosses month ends without skipping or repeating days', () => {
    expect(spreadDueDates(3, '2026-01-30', '2026-03-02')).toEqual(['2026-02-09', '2026-02-19', '2026-03-02']);
    expect(spreadDueDates(2, '2026-12-31', '2027-01-02')).toEqual(['2027-01-01', '2027-01-02']);
  });

  it('knows that February 2028 has a leap day', () => {
    expect(spreadDueDates(2, '2028-02-27', '2028-03-01')).toEqual(['2028-02-28', '2028-03-01']);
    expect(spreadDueDates(4, '2028-02-27', '2028-03-01')).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(addDaysIso('2027-02-28', 1)).toBe('2027-03-01');
  });

  it('returns nothing for an empty plan', () => {
    expect(spreadDueDates(0, '2026-01-01', '2026-02-01')).toEqual([]);
  });

  it('rejects a target before the start and dates that do not exist', () => {
    expect(() => spreadDueDates(2, '2026-02-01', '2026-01-01')).toThrow(RangeError);
    expect(() => spreadDueDates(2, '2026-02-30', '2026-03-10')).toThrow(RangeError);
    expect(() => spreadDueDates(-1, '2026-01-01', '2026-01-02')).toThrow(RangeError);
  });

  it('always keeps order, stays within the period and ends on the target', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((offset) => addDaysIso('2024-01-01', offset));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        day,
        fc.integer({ min: 0, max: 800 }),
        (count, start, length) => {
          const target = addDaysIso(start, length);
          const dates = spreadDueDates(count, start, target);
          expect(dates).toHaveLength(count);
          expect(dates.at(-1)).toBe(target);
          dates.forEach((date, index) => {
            expect(date >= start && date <= target).toBe(true);
            if (index > 0) expect(date >= (dates[index - 1] ?? '')).toBe(true);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
