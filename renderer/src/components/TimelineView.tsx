import { useMemo } from 'react';
import type { IsoDate, PlanDetail, PlanItem } from '../../../shared/domain';
import { formatDay } from '../lib/dates';
import { formatMinutes, formatWeekRange, weekNumberLabel } from '../planView/format';
import { planTimeline, weekFill, type TimelineWeek } from '../planView/timeline';
import { LoadBar } from './LoadBar';

function WeekRow({ week }: { week: TimelineWeek }) {
  const fill = weekFill(week);
  const headingId = `timeline-${week.week}`;
  const classes = ['timeline-week', week.isCurrent ? 'is-current' : '', week.isPast ? 'is-past' : ''];
  return (
    <li className={classes.filter((name) => name !== '').join(' ')}>
      <div className="timeline-when">
        <h3 id={headingId}>
          {weekNumberLabel(week.week)}
          <span className="sr-only">, </span>
          <span className="timeline-range">{formatWeekRange(week.weekStart)}</span>
        </h3>
        {week.isCurrent && <span className="badge badge-current">This week</span>}
        {week.hasOverdue && <span className="badge badge-overdue">Overdue</span>}
      </div>
      <div className="timeline-load">
        <LoadBar fraction={fill.fraction} overBudget={fill.overBudget} />
        <p className="timeline-load-text">
          {formatMinutes(week.plannedMinutes)} of {formatMinutes(week.budgetMinutes)}
          {fill.overBudget && <span className="over-budget"> (over your study time)</span>}
        </p>
      </div>
      {week.due.length > 0 && (
        <ul className="timeline-due" aria-label={`Due in ${weekNumberLabel(week.week)}`}>
          {week.due.map((item) => (
            <li key={item.id}>
              <span className="timeline-due-day">{formatDay(item.dueDate ?? '')}</span>
              <span className="timeline-due-title">{item.title}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The plan week by week: planned study against the weekly budget, and what falls due. */
export function TimelineView({
  plan,
  items,
  today,
}: {
  plan: PlanDetail;
  items: readonly PlanItem[];
  today: IsoDate;
}) {
  const timeline = useMemo(
    () => planTimeline(items, plan.schedule.budget, today),
    [items, plan.schedule.budget, today],
  );
  return (
    <div className="timeline-view">
      <p className="timeline-intro">
        Each week’s planned study against your weekly study time of {formatMinutes(timeline.budgetMinutes)},
        and what falls due in it. Done and skipped items are left out.
      </p>
      {timeline.weeks.length === 0 ? (
        <div className="empty-state">
          <h2>Nothing left on the timeline</h2>
          <p>Every item is done, skipped or without a due date.</p>
        </div>
      ) : (
        <ol className="timeline">
          {timeline.weeks.map((week) => (
            <WeekRow key={week.week} week={week} />
          ))}
        </ol>
      )}
      {timeline.unscheduled.length > 0 && (
        <p className="timeline-unscheduled">
          Without a due date, so not on the timeline:{' '}
          {timeline.unscheduled.map((item) => `‘${item.title}’`).join(', ')}.
        </p>
      )}
    </div>
  );
}
