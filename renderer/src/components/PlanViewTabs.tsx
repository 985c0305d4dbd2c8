import { useRef, type KeyboardEvent } from 'react';
import type { PlanView } from '../stores/planViewStore';

export const PLAN_VIEWS: readonly { view: PlanView; label: string }[] = [
  { view: 'week', label: 'This week' },
  { view: 'checklist', label: 'Checklist' },
  { view: 'timeline', label: 'Timeline' },
];

export function tabIdFor(view: PlanView): string {
  return `plan-tab-${view}`;
}

export function panelIdFor(view: PlanView): string {
  return `plan-panel-${view}`;
}

/**
 * The views of a plan as an ARIA tab list: one Tab stop, arrow keys, Home and End move between
 * the tabs and show each one as they go.
 */
export function PlanViewTabs({ current, onChange }: { current: PlanView; onChange(view: PlanView): void }) {
  const tabs = useRef<Partial<Record<PlanView, HTMLButtonElement | null>>>({});

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = PLAN_VIEWS.findIndex((entry) => entry.view === current);
    const last = PLAN_VIEWS.length - 1;
    const targets: Partial<Record<string, number>> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = targets[event.key];
    const next = target === undefined ? undefined : PLAN_VIEWS[target];
    if (next === undefined) return;
    event.preventDefault();
    onChange(next.view);
    tabs.current[next.view]?.focus();
  }

  return (
    <div className="plan-tabs" role="tablist" aria-label="Views of this plan">
      {PLAN_VIEWS.map(({ view, label }) => {
        const selected = view === current;
        return (
          <button
            key={view}
            ref={(element) => {
              tabs.current[view] = element;
            }}
            id={tabIdFor(view)}
            type="button"
            role="tab"
            className="plan-tab"
            aria-selected={selected}
            // Only the selected view is rendered, so only its tab can point at a panel.
            aria-controls={selected ? panelIdFor(view) : undefined}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(view)}
            onKeyDown={onKeyDown}
          >
            {label}
          </button>
        );
      })}
    </div>
  );
}
