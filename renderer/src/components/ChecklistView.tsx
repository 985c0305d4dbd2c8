import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { IsoDate, PlanItem } from '../../../shared/domain';
import { groupItemsByKind } from '../lib/groupItems';
import { studyOrder } from '../planView/reorder';
import { planViewStore } from '../stores/planActions';
import type { ChecklistArrangement } from '../stores/planViewStore';
import { AddItemForm } from './AddItemForm';
import { PlanChecklist, type ChecklistGroup } from './PlanChecklist';

const arrangements: readonly { value: ChecklistArrangement; label: string }[] = [
  { value: 'kind', label: 'By kind' },
  { value: 'order', label: 'In study order' },
];

/** Every item of the plan, by kind or in the order the schedule follows, and a form to add one's own. */
export function ChecklistView({
  planId,
  items,
  today,
}: {
  planId: number;
  items: readonly PlanItem[];
  today: IsoDate;
}) {
  const arrangement = useStore(planViewStore, (s) => s.arrangement);
  const order = useMemo(() => studyOrder(items), [items]);
  const groups = useMemo<ChecklistGroup[]>(() => {
    if (arrangement === 'kind') {
      return groupItemsByKind(items).map((group) => ({
        key: group.kind,
        heading: group.heading,
        items: group.items,
      }));
    }
    const byId = new Map(items.map((item) => [item.id, item]));
    return [
      {
        key: 'order',
        heading: 'Study order',
        listName: 'the study order',
        items: order.map((id) => byId.get(id)).filter((item) => item !== undefined),
      },
    ];
  }, [arrangement, items, order]);

  return (
    <div className="checklist-view">
      <fieldset className="arrangement-choice">
        <legend>Show items</legend>
        {arrangements.map(({ value, label }) => (
          <label key={value} className="segment">
            <input
              type="radio"
              name="checklist-arrangement"
              value={value}
              checked={arrangement === value}
              onChange={() => planViewStore.getState().arrange(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <PlanChecklist
        groups={groups}
        today={today}
        reordering={{ planId, order }}
        empty={
          <div className="empty-state">
            <h2>This plan has no items</h2>
            <p>Add your own items below.</p>
          </div>
        }
      />
      <AddItemForm />
    </div>
  );
}
