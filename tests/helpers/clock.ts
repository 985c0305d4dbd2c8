import type { Clock } from '../../electron/backend/clock';

export interface FakeClock extends Clock {
  set(instant: string | Date): void;
  advance(ms: number): void;
}

/** A clock that only moves when the test says so. */
export function fakeClock(start: string | Date): FakeClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set(instant) {
      current = new Date(instant);
    },
    advance(ms) {
      current = new Date(current.getTime() + ms);
    },
  };
}

/** A clock that reads vitest's fake system time, so it moves with vi.advanceTimersByTime. */
export const fakeTimerClock: Clock = { now: () => new Date(Date.now()) };
