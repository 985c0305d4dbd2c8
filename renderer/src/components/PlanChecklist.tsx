import type { IsoDate, PlanItem } from '../../../shared/domain';
import { groupItemsByKind } from '../lib/groupItems';
import { ChecklistItem } from './ChecklistItem';

/** The plan's items as native checkbox groups, one fieldset per kind. */
export function PlanChecklist({ items, today }: { items: readonly PlanItem[]; today: IsoDate }) {
  const groups = groupItemsByKind(items);
  if (groups.length === 0) {
    return (
      <div className="empty-state">
        <h2>This plan has no items</h2>
        <p>Add your own items below.</p>
      </div>
    );
  }
  return (
    <div className="checklist">
      {groups.map((group) => {
        const done = group.items.filter((item) => item.status === 'done').length;
        return (
          <fieldset key={group.kind} className="checklist-group">
            <legend>
              {group.heading}
              <span className="count">
                {done}/{group.items.length}
              </span>
            </legend>
            <ul>
              {group.items.map((item) => (
                <ChecklistItem key={item.id} item={item} today={today} />
              ))}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}
