import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { planProgress } from '../../../shared/progress';
import { todayIso } from '../../../shared/schedule';
import { currentPlanStore, navigationStore } from '../app/appStores';
import { withPendingStatuses } from '../stores/optimisticStatus';
import { AddItemForm } from './AddItemForm';
import { checkboxIdFor } from './ChecklistItem';
import { LoadError, Loading } from './LoadState';
import { PlanChecklist } from './PlanChecklist';
import { PlanHeader } from './PlanHeader';

export function PlanScreen({ planId }: { planId: number }) {
  const plan = useStore(currentPlanStore, (s) => (s.planId === planId ? s.plan : null));
  const pending = useStore(currentPlanStore, (s) => s.pendingStatuses);
  const status = useStore(currentPlanStore, (s) => s.status);
  const error = useStore(currentPlanStore, (s) => s.error);
  const focusRequest = useStore(navigationStore, (s) => s.focusRequest);

  useEffect(() => {
    void currentPlanStore.getState().open(planId);
  }, [planId]);

  const items = useMemo(
    () => (plan === null ? [] : withPendingStatuses(plan.items, pending)),
    [plan, pending],
  );
  const progress = useMemo(() => planProgress(items), [items]);

  // A reminder or the Upcoming panel asked for one item: focus its checkbox once it is on screen.
  useEffect(() => {
    if (focusRequest === null || focusRequest.planId !== planId || plan === null) return;
    const checkbox = document.getElementById(checkboxIdFor(focusRequest.itemId));
    if (checkbox !== null) {
      checkbox.focus();
      checkbox.closest('li')?.scrollIntoView({ block: 'center' });
    }
    navigationStore.getState().clearFocusRequest(focusRequest.serial);
  }, [focusRequest, plan, planId]);

  if (status === 'error' && error !== null)
    return <LoadError title="This plan could not be opened" message={error} />;
  if (plan === null) return <Loading label="Loading your plan" />;

  return (
    <div className="screen plan-screen">
      <PlanHeader plan={plan} progress={progress} />
      <PlanChecklist items={items} today={todayIso(new Date())} />
      <AddItemForm />
    </div>
  );
}
