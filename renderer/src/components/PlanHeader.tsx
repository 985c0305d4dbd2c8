import { useState } from 'react';
import { useStore } from 'zustand';
import type { IsoDate, PlanDetail, PlanItem } from '../../../shared/domain';
import { currentPlanStore, navigationStore, notify } from '../app/appStores';
import { formatDay } from '../lib/dates';
import { routeToHash } from '../navigation/routes';
import type { ProgressSummary } from '../planView/progress';
import { planScheduleStore } from '../stores/planActions';
import '../styles/schedule.css';
import { ConfirmDialog } from './ConfirmDialog';
import { PlanProgress } from './PlanProgress';
import { PlanScheduleSummary } from './PlanScheduleSummary';
import { ScheduleAlerts } from './ScheduleAlerts';
import { ScreenHeading } from './ScreenHeading';

export function PlanHeader({
  plan,
  items,
  progress,
  today,
}: {
  plan: PlanDetail;
  /** The items as shown, with ticks not yet confirmed. */
  items: readonly PlanItem[];
  progress: ProgressSummary;
  today: IsoDate;
}) {
  const exporting = useStore(currentPlanStore, (s) => s.exporting);
  const exportingCalendar = useStore(planScheduleStore, (s) => s.exportingCalendar);
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  async function deletePlan() {
    setConfirmingDelete(false);
    if (await currentPlanStore.getState().deletePlan()) {
      notify('info', `Deleted ${plan.name}`);
      navigationStore.getState().navigate({ screen: 'library' });
    }
  }

  return (
    <header className="plan-header">
      <div className="plan-header-main">
        <p className="breadcrumb">
          <a href={routeToHash({ screen: 'path', pathId: plan.pathId })}>{plan.pathTitle}</a>
        </p>
        <div className="plan-title-row">
          <ScreenHeading>{plan.name}</ScreenHeading>
          {plan.schedule.pausedSince !== null && <span className="badge badge-paused">Paused</span>}
        </div>
        {plan.schedule.mode === 'asap' ? (
          <p className="plan-dates">From {formatDay(plan.startDate)}</p>
        ) : (
          <p className="plan-dates">
            {formatDay(plan.startDate)} <span aria-hidden="true">→</span>
            <span className="sr-only"> to </span> {formatDay(plan.targetDate)}
          </p>
        )}
      </div>
      <div className="plan-actions">
        <button
          type="button"
          className="button"
          onClick={() => void currentPlanStore.getState().exportPdf()}
          disabled={exporting}
        >
          Export PDF...
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void planScheduleStore.getState().exportCalendar(plan.id)}
          disabled={exportingCalendar}
        >
          Export calendar (.ics)
        </button>
        <button type="button" className="button danger-outline" onClick={() => setConfirmingDelete(true)}>
          Delete plan
        </button>
      </div>
      <PlanScheduleSummary plan={plan} />
      <ScheduleAlerts plan={plan} items={items} today={today} />
      <PlanProgress progress={progress} />
      <ConfirmDialog
        open={confirmingDelete}
        title="Delete this plan?"
        message={`“${plan.name}” and all its ticks, notes and dates will be removed. This cannot be undone.`}
        confirmLabel="Delete plan"
        onConfirm={() => void deletePlan()}
        onDismiss={() => setConfirmingDelete(false)}
      />
    </header>
  );
}
