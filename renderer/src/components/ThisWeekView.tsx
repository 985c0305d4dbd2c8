import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { IsoDate, PlanDetail, PlanItem } from '../../../shared/domain';
import { formatMinutes, formatNearDay, formatWeekRange, weekNumberLabel } from '../planView/format';
import { thisWeek } from '../planView/thisWeek';
import { weekFill } from '../planView/timeline';
import { planScheduleStore } from '../stores/planActions';
import { LoadBar } from './LoadBar';
import { PlanChecklist, type ChecklistGroup } from './PlanChecklist';

/** The plan's home: what is overdue, what to work on this week, and the week's study load. */
export function ThisWeekView({
  plan,
  items,
  today,
}: {
  plan: PlanDetail;
  items: readonly PlanItem[];
  today: IsoDate;
}) {
  const week = useMemo(
    () => thisWeek(items, today, plan.schedule.budget),
    [items, today, plan.schedule.budget],
  );
  const fill = weekFill(week);
  const saving = useStore(planScheduleStore, (s) => s.saving);
  const groups: ChecklistGroup[] = [
    { key: 'overdue', heading: 'Overdue', items: week.overdue, count: String(week.overdue.length) },
    { key: 'current', heading: 'This week', items: week.current, count: String(week.current.length) },
    {
      key: 'done',
      heading: 'Done this week',
      items: week.doneThisWeek,
      count: String(week.doneThisWeek.length),
    },
  ];

  return (
    <div className="week-view">
      <section className="week-summary" aria-labelledby="week-summary-heading">
        <div>
          <h2 id="week-summary-heading">
            {weekNumberLabel(week.week)}, {formatWeekRange(week.weekStart)}
          </h2>
          <p className="week-load-text">
            {formatMinutes(week.plannedMinutes)} of study planned, your weekly study time is{' '}
            {formatMinutes(week.budgetMinutes)}
            {fill.overBudget && <strong className="over-budget"> — more than your study time</strong>}
          </p>
        </div>
        <LoadBar fraction={fill.fraction} overBudget={fill.overBudget} />
      </section>
      {week.nextUp !== null && (
        <div className="next-up">
          <p>
            Nothing is planned for the rest of this week. Next: ‘{week.nextUp.title}’ starts{' '}
            {formatNearDay(week.nextUp.startDate ?? week.nextUp.dueDate ?? today, today)}.
          </p>
          {plan.schedule.daysBehind === 0 && plan.schedule.pausedSince === null && (
            <button
              type="button"
              className="button"
              disabled={saving !== null}
              onClick={() => void planScheduleStore.getState().replanFromToday(plan.id)}
            >
              Start it now: re-plan from today
            </button>
          )}
        </div>
      )}
      <PlanChecklist
        groups={groups}
        today={today}
        showStart
        empty={
          <div className="empty-state">
            <h2>Nothing is planned for this week</h2>
            <p>The Checklist and the Timeline show the whole plan.</p>
          </div>
        }
      />
    </div>
  );
}
