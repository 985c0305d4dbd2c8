import { useStore } from 'zustand';
import { plansStore } from '../app/appStores';
import { NavLink } from './NavLink';

/** The person's plans in the sidebar, each with how far along it is. */
export function PlanList() {
  const plans = useStore(plansStore, (s) => s.plans);
  const status = useStore(plansStore, (s) => s.status);
  const error = useStore(plansStore, (s) => s.error);

  if (status === 'error') return <p className="sidebar-note">{error}</p>;
  if (status === 'ready' && plans.length === 0) {
    return <p className="sidebar-note">No plans yet. Pick a path in the library to start one.</p>;
  }
  return (
    <ul className="plan-list">
      {plans.map((plan) => {
        const percent = plan.total === 0 ? 0 : Math.floor((plan.done * 100) / plan.total);
        return (
          <li key={plan.id}>
            <NavLink route={{ screen: 'plan', planId: plan.id }} className="plan-link">
              <span className="plan-link-name">{plan.name}</span>
              <span className="plan-link-progress">
                <progress value={plan.done} max={Math.max(plan.total, 1)} aria-hidden="true" />
                <span className="plan-link-count">
                  {plan.done}/{plan.total}
                  <span className="sr-only"> done, {percent} percent</span>
                </span>
              </span>
            </NavLink>
          </li>
        );
      })}
    </ul>
  );
}
