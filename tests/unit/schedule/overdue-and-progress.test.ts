import { describe, expect, it } from 'vitest';
import { planProgress } from '../../../shared/progress';
import { isOverdue, todayIso } from '../../../shared/schedule';

describe('what counts as overdue', () => {
  it('flags an unfinished item due yesterday but not one due today', () => {
    expect(isOverdue({ status: 'todo', dueDate: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isOverdue({ status: 'in-progress', dueDate: '2026-03-02' }, '2026-03-02')).toBe(false);
  });

  it('never flags a finished or skipped item, or one without a due date', () => {
    expect(isOverdue({ status: 'done', dueDate: '2020-01-01' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'skipped', dueDate: '2020-01-01' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'todo', dueDate: null }, '2026-03-02')).toBe(false);
  });

  it('takes today from the local calendar, not from UTC', () => {
    expect(todayIso(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
    expect(todayIso(new Date(2026, 1, 1, 0, 1))).toBe('2026-02-01');
  });
});

describe('plan progress', () => {
  it('counts done items and rounds the percentage down', () => {
    expect(planProgress([{ status: 'done' }, { status: 'todo' }, { status: 'in-progress' }])).toEqual({
      done: 1,
      total: 3,
      percent: 33,
    });
  });

  it('only reaches 100 percent when everything is done', () => {
    const items = Array.from(
      { length: 200 },
      (_, index) => ({ status: index === 0 ? 'todo' : 'done' }) as const,
    );
    expect(planProgress(items).percent).toBe(99);
    expect(planProgress([{ status: 'done' }]).percent).toBe(100);
  });

  it('shows zero for an empty plan', () => {
    expect(planProgress([])).toEqual({ done: 0, total: 0, percent: 0 });
  });
});
