import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNOOZE_OPTIONS, snoozeUntil } from '../../../shared/snooze';

const MINUTE = 60_000;

/** Runs a block of tests with the process in `timeZone` (Node applies a new TZ at once). */
function inTimeZone(timeZone: string, body: () => void): void {
  describe(`in ${timeZone}`, () => {
    const previous = process.env['TZ'];
    beforeAll(() => {
      process.env['TZ'] = timeZone;
    });
    afterAll(() => {
      if (previous === undefined) delete process.env['TZ'];
      else process.env['TZ'] = previous;
    });
    body();
  });
}

/** The local wall-clock reading of an instant, `yyyy-MM-dd HH:mm`. */
function wallClock(instant: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())} ` +
    `${pad(instant.getHours())}:${pad(instant.getMinutes())}`
  );
}

describe('the snooze choices', () => {
  it('are offered as 10 minutes, 1 hour and tomorrow morning, in that order', () => {
    expect(SNOOZE_OPTIONS.map((option) => option.label)).toEqual([
      'Snooze 10 min',
      'Snooze 1 hour',
      'Tomorrow morning',
    ]);
  });
});

inTimeZone('Europe/London', () => {
  it('brings a reminder snoozed late in the evening back just after midnight', () => {
    const now = new Date(2026, 5, 10, 23, 55);
    expect(wallClock(snoozeUntil('10-minutes', now))).toBe('2026-06-11 00:05');
    expect(wallClock(snoozeUntil('1-hour', now))).toBe('2026-06-11 00:55');
  });

  it('means 09:00 the next day for tomorrow morning, at any time of day', () => {
    expect(wallClock(snoozeUntil('tomorrow-morning', new Date(2026, 5, 10, 23, 55)))).toBe(
      '2026-06-11 09:00',
    );
    expect(wallClock(snoozeUntil('tomorrow-morning', new Date(2026, 5, 11, 0, 10)))).toBe('2026-06-12 09:00');
    expect(wallClock(snoozeUntil('tomorrow-morning', new Date(2026, 5, 11, 8, 59)))).toBe('2026-06-12 09:00');
  });

  it('crosses month and year ends', () => {
    expect(wallClock(snoozeUntil('tomorrow-morning', new Date(2026, 11, 31, 20, 0)))).toBe(
      '2027-01-01 09:00',
    );
    expect(wallClock(snoozeUntil('10-minutes', new Date(2026, 11, 31, 23, 58)))).toBe('2027-01-01 00:08');
    expect(wallClock(snoozeUntil('tomorrow-morning', new Date(2028, 1, 28, 12, 0)))).toBe('2028-02-29 09:00');
  });

  it('lasts exactly an hour across the spring-forward night, though the clock jumps two', () => {
    // 29 March 2026: 01:00 GMT becomes 02:00 BST.
    const now = new Date('2026-03-29T00:30:00Z');
    expect(wallClock(now)).toBe('2026-03-29 00:30');
    const until = snoozeUntil('1-hour', now);
    expect(until.getTime() - now.getTime()).toBe(60 * MINUTE);
    expect(wallClock(until)).toBe('2026-03-29 02:30');
  });

  it('lasts exactly ten minutes across the fall-back night, though the clock goes back', () => {
    // 25 October 2026: 02:00 BST becomes 01:00 GMT.
    const now = new Date('2026-10-25T00:55:00Z');
    expect(wallClock(now)).toBe('2026-10-25 01:55');
    const until = snoozeUntil('10-minutes', now);
    expect(until.getTime() - now.getTime()).toBe(10 * MINUTE);
    expect(wallClock(until)).toBe('2026-10-25 01:05');
  });

  it('keeps tomorrow morning at 09:00 local time across both DST changes', () => {
    const beforeSpring = snoozeUntil('tomorrow-morning', new Date('2026-03-28T21:00:00Z'));
    expect(beforeSpring.toISOString()).toBe('2026-03-29T08:00:00.000Z');
    const beforeAutumn = snoozeUntil('tomorrow-morning', new Date('2026-10-24T21:00:00Z'));
    expect(beforeAutumn.toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });
});

inTimeZone('America/New_York', () => {
  it('keeps tomorrow morning at 09:00 when the clocks change overnight', () => {
    // 8 March 2026: 02:00 EST becomes 03:00 EDT.
    const until = snoozeUntil('tomorrow-morning', new Date(2026, 2, 7, 22, 30));
    expect(wallClock(until)).toBe('2026-03-08 09:00');
    expect(until.toISOString()).toBe('2026-03-08T13:00:00.000Z');
  });
});

inTimeZone('Australia/Lord_Howe', () => {
  it('lasts a real hour where DST moves the clock by only 30 minutes', () => {
    // 4 October 2026: 02:00 becomes 02:30.
    const now = new Date(2026, 9, 4, 1, 45);
    const until = snoozeUntil('1-hour', now);
    expect(until.getTime() - now.getTime()).toBe(60 * MINUTE);
    expect(wallClock(until)).toBe('2026-10-04 03:15');
  });
});
