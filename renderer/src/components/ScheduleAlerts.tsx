import { useStore } from 'zustand';
import type { IsoDate, PlanDetail, PlanItem } from '../../../shared/domain';
import { formatDay } from '../lib/dates';
import { behindSentence, oldestOverdue } from '../planView/scheduleFacts';
import { planScheduleStore } from '../stores/planActions';

/**
 * What needs the person's attention about the schedule: a paused plan, falling behind, or
 * effort estimates changed since the dates were planned. Each offers its one-click fix.
 */
export function ScheduleAlerts({
  plan,
  items,
  today,
}: {
  plan: PlanDetail;
  items: readonly PlanItem[];
  today: IsoDate;
}) {
  const saving = useStore(planScheduleStore, (s) => s.saving);
  const effortChanged = useStore(planScheduleStore, (s) => s.effortChangedIn === plan.id);
  const { pausedSince, daysBehind } = plan.schedule;

  if (pausedSince !== null) {
    return (
      <div className="schedule-alert tone-paused" role="status">
        <p>
          <strong>Paused since {formatDay(pausedSince)}.</strong> Nothing falls behind while the plan is
          paused. When you resume, every unfinished item moves later by the days it was paused.
        </p>
        <button
          type="button"
          className="button primary"
          disabled={saving !== null}
          onClick={() => void planScheduleStore.getState().resume(plan.id)}
        >
          Resume plan
        </button>
      </div>
    );
  }

  if (daysBehind === 0 && !effortChanged) return null;
  const reasons = [
    daysBehind > 0 ? behindSentence(daysBehind, oldestOverdue(items, today)) : null,
    effortChanged ? 'You changed an effort estimate; the dates stay as they are until you re-plan.' : null,
  ].filter((reason) => reason !== null);
  return (
    <div className={`schedule-alert ${daysBehind > 0 ? 'tone-behind' : 'tone-info'}`} role="status">
      <p>
        {daysBehind > 0 && <span aria-hidden="true">⚠ </span>}
        {reasons.join(' ')} Re-planning fits every unfinished item into your study time from today.
      </p>
      <button
        type="button"
        className="button primary"
        disabled={saving !== null}
        onClick={() => void planScheduleStore.getState().replanFromToday(plan.id)}
      >
        Re-plan from today
      </button>
    </div>
  );
}
