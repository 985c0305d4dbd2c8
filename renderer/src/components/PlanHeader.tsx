import { useState } from 'react';
import { useStore } from 'zustand';
import type { PlanDetail } from '../../../shared/domain';
import type { PlanProgress } from '../../../shared/progress';
import { currentPlanStore, navigationStore, notify } from '../app/appStores';
import { formatDay } from '../lib/dates';
import { routeToHash } from '../navigation/routes';
import { ConfirmDialog } from './ConfirmDialog';
import { ScreenHeading } from './ScreenHeading';

export function PlanHeader({ plan, progress }: { plan: PlanDetail; progress: PlanProgress }) {
  const exporting = useStore(currentPlanStore, (s) => s.exporting);
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
        <ScreenHeading>{plan.name}</ScreenHeading>
        <p className="plan-dates">
          {formatDay(plan.startDate)} <span aria-hidden="true">→</span>
          <span className="sr-only"> to </span> {formatDay(plan.targetDate)}
        </p>
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
        <button type="button" className="button danger-outline" onClick={() => setConfirmingDelete(true)}>
          Delete plan
        </button>
      </div>
      <div className="plan-progress">
        <p className="progress-text" aria-live="polite">
          {progress.done} of {progress.total} done
        </p>
        <span className="progress-percent" aria-hidden="true">
          {progress.percent}%
        </span>
        <progress value={progress.done} max={Math.max(progress.total, 1)} aria-label="Plan progress" />
      </div>
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
