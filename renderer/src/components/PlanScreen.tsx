import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { todayIso } from '../../../shared/schedule';
import { currentPlanStore, navigationStore } from '../app/appStores';
import { progressSummary } from '../planView/progress';
import { planViewStore } from '../stores/planActions';
import { withPendingStatuses } from '../stores/optimisticStatus';
import { checkboxIdFor } from './ChecklistItem';
import { ChecklistView } from './ChecklistView';
import { LoadError, Loading } from './LoadState';
import { PlanHeader } from './PlanHeader';
import { panelIdFor, PlanViewTabs, tabIdFor } from './PlanViewTabs';
import { ThisWeekView } from './ThisWeekView';
import { TimelineView } from './TimelineView';

export function PlanScreen({ planId }: { planId: number }) {
  const plan = useStore(currentPlanStore, (s) => (s.planId === planId ? s.plan : null));
  const pending = useStore(currentPlanStore, (s) => s.pendingStatuses);
  const status = useStore(currentPlanStore, (s) => s.status);
  const error = useStore(currentPlanStore, (s) => s.error);
  const focusRequest = useStore(navigationStore, (s) => s.focusRequest);
  const view = useStore(planViewStore, (s) => s.views[planId] ?? 'week');
  const today = todayIso(new Date());

  useEffect(() => {
    void currentPlanStore.getState().open(planId);
  }, [planId]);

  const items = useMemo(
    () => (plan === null ? [] : withPendingStatuses(plan.items, pending)),
    [plan, pending],
  );
  const progress = useMemo(() => progressSummary(items), [items]);

  // A reminder or the Upcoming panel asked for one item: focus its checkbox once it is on screen.
  // The item may not be in the view on screen; the checklist has every item.
  useEffect(() => {
    if (focusRequest === null || focusRequest.planId !== planId || plan === null) return;
    const checkbox = document.getElementById(checkboxIdFor(focusRequest.itemId));
    if (checkbox === null) {
      if (view !== 'checklist' && plan.items.some((item) => item.id === focusRequest.itemId)) {
        planViewStore.getState().show(planId, 'checklist');
        return;
      }
    } else {
      checkbox.focus();
      checkbox.closest('li')?.scrollIntoView({ block: 'center' });
    }
    navigationStore.getState().clearFocusRequest(focusRequest.serial);
  }, [focusRequest, plan, planId, view]);

  if (status === 'error' && error !== null)
    return <LoadError title="This plan could not be opened" message={error} />;
  if (plan === null) return <Loading label="Loading your plan" />;

  return (
    <div className="screen plan-screen">
      <PlanHeader plan={plan} items={items} progress={progress} today={today} />
      <PlanViewTabs current={view} onChange={(next) => planViewStore.getState().show(planId, next)} />
      <div className="plan-panel" role="tabpanel" id={panelIdFor(view)} aria-labelledby={tabIdFor(view)}>
        {view === 'week' && <ThisWeekView plan={plan} items={items} today={today} />}
        {view === 'checklist' && <ChecklistView planId={plan.id} items={items} today={today} />}
        {view === 'timeline' && <TimelineView plan={plan} items={items} today={today} />}
      </div>
    </div>
  );
}
