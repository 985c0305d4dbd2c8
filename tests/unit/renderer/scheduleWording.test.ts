import { describe, expect, it } from 'vitest';
import type { PlanSchedule } from '../../../shared/domain';
import { BUDGET_PRESETS, budgetToDraft, readBudgetDraft } from '../../../renderer/src/newPlan/budgetDraft';
import { finishOutlook } from '../../../renderer/src/planView/finishOutlook';
import {
  describeBudget,
  formatHours,
  formatMinutes,
  formatNearDay,
  formatWeekRange,
  weekNumberLabel,
} from '../../../renderer/src/planView/format';
import { behindSentence, oldestOverdue, targetStatus } from '../../../renderer/src/planView/scheduleFacts';
import { planItem } from './fixtures';

describe('hours and weeks in words', () => {
  it('says hours and minutes as people do', () => {
    expect(formatHours(40)).toBe('40 h');
    expect(formatHours(2.5)).toBe('2.5 h');
    expect(formatHours(0.1 + 0.2)).toBe('0.3 h');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(480)).toBe('8 h');
    expect(formatMinutes(90)).toBe('1 h 30 min');
  });

  it('sums up a weekly budget, joining days in a row with the same time', () => {
    expect(describeBudget([60, 60, 60, 60, 60, 180, 0])).toBe('8 h a week: Mon–Fri 1 h, Sat 3 h');
    expect(describeBudget([30, 30, 30, 30, 30, 30, 30])).toBe('3 h 30 min a week: Mon–Sun 30 min');
    expect(describeBudget([0, 90, 0, 0, 0, 0, 120])).toBe('3 h 30 min a week: Tue 1 h 30 min, Sun 2 h');
  });

  it('writes a week as its days, across months and years', () => {
    expect(formatWeekRange('2026-03-16')).toBe('16–22 Mar 2026');
    expect(formatWeekRange('2026-03-30')).toBe('30 Mar – 5 Apr 2026');
    expect(formatWeekRange('2025-12-29')).toBe('29 Dec 2025 – 4 Jan 2026');
    expect(weekNumberLabel('2026-W05')).toBe('Week 5');
  });

  it('names days near today by weekday', () => {
    expect(formatNearDay('2026-03-18', '2026-03-18')).toBe('today');
    expect(formatNearDay('2026-03-19', '2026-03-18')).toBe('tomorrow');
    expect(formatNearDay('2026-03-21', '2026-03-18')).toBe('Sat 21 Mar');
    expect(formatNearDay('2026-03-25', '2026-03-18')).toBe('25 Mar 2026');
  });
});

describe('the weekly budget as typed', () => {
  it('reads hours per day into whole minutes, with empty days as none', () => {
    expect(readBudgetDraft(['1', '1.5', '0,25', '', '0', '3', '0'])).toEqual({
      budget: [60, 90, 15, 0, 0, 180, 0],
      dayProblems: [undefined, undefined, undefined, undefined, undefined, undefined, undefined],
      weekProblem: undefined,
    });
  });

  it('points at the day that is not a usable number of hours', () => {
    const reading = readBudgetDraft(['1', 'lots', '1', '1', '17', '1', '-1']);
    expect(reading.budget).toBeNull();
    expect(reading.dayProblems[1]).toMatch(/number/);
    expect(reading.dayProblems[4]).toMatch(/At most 16 hours/);
    expect(reading.dayProblems[6]).toMatch(/number/);
  });

  it('refuses a week without any study time', () => {
    expect(readBudgetDraft(['0', '', '0', '0', '0', '0', '0']).weekProblem).toBe(
      'Give at least one day some study time.',
    );
  });

  it('round-trips every preset', () => {
    for (const preset of BUDGET_PRESETS)
      expect(readBudgetDraft(budgetToDraft(preset.budget)).budget).toEqual(preset.budget);
  });
});

describe('the projected finish, said plainly', () => {
  it('says by how many days a target is out of reach and what to do', () => {
    const outlook = finishOutlook({
      projectedFinish: '2026-10-20',
      targetDate: '2026-09-01',
      shortfallDays: 49,
      mode: 'target',
    });
    expect(outlook.tone).toBe('late');
    expect(outlook.sentence).toBe(
      'Your target of 1 Sep 2026 is out of reach: at this study time you finish on 20 Oct 2026, 49 days late.',
    );
    expect(outlook.advice).toMatch(/Add study time/);
  });

  it('confirms a target that is made, and an early finish', () => {
    const base = { targetDate: '2026-09-01', shortfallDays: 0, mode: 'target' as const };
    expect(finishOutlook({ ...base, projectedFinish: '2026-09-01' }).sentence).toBe(
      'You finish on your target date, 1 Sep 2026.',
    );
    expect(finishOutlook({ ...base, projectedFinish: '2026-08-30' }).sentence).toBe(
      'You finish on 30 Aug 2026, 2 days before your target.',
    );
    expect(finishOutlook({ ...base, projectedFinish: null }).tone).toBe('nothing-left');
  });

  it('leaves the target out when the plan finishes as soon as possible', () => {
    expect(
      finishOutlook({
        projectedFinish: '2026-06-12',
        targetDate: '2026-01-01',
        shortfallDays: 162,
        mode: 'asap',
      }),
    ).toEqual({
      tone: 'on-track',
      sentence: 'As soon as your study time allows: you finish on 12 Jun 2026.',
      advice: null,
    });
  });
});

describe('the plan header’s schedule facts', () => {
  const schedule: PlanSchedule = {
    budget: [60, 60, 60, 60, 60, 180, 0],
    mode: 'target',
    projectedFinish: '2026-08-20',
    targetShortfallDays: 0,
    daysBehind: 0,
    pausedSince: null,
    remainingHours: 100,
    completedHours: 0,
  };

  it('is on track when both the stored dates and a re-plan from today make the target', () => {
    expect(targetStatus(schedule, '2026-09-01')).toEqual({
      tone: 'on-track',
      text: 'On track for the target',
    });
  });

  it('counts the later of the stored finish and a re-plan from today past the target', () => {
    expect(targetStatus(schedule, '2026-08-10').text).toBe('10 days past the target at this study time');
    expect(targetStatus({ ...schedule, targetShortfallDays: 30 }, '2026-09-01').text).toBe(
      '30 days past the target at this study time',
    );
  });

  it('names the item that has waited longest past its due date', () => {
    const items = [
      planItem({ id: 1, title: 'Newer', dueDate: '2026-03-10' }),
      planItem({ id: 2, title: 'Oldest', dueDate: '2026-03-01' }),
      planItem({ id: 3, title: 'Skipped', dueDate: '2026-02-01', status: 'skipped' }),
      planItem({ id: 4, title: 'Due today', dueDate: '2026-03-18' }),
    ];
    const oldest = oldestOverdue(items, '2026-03-18');
    expect(oldest?.title).toBe('Oldest');
    expect(behindSentence(17, oldest)).toBe('You are 17 days behind: ‘Oldest’ was due on 1 Mar 2026.');
    expect(behindSentence(1, null)).toBe('You are 1 day behind.');
  });
});
