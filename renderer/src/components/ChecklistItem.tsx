import { useState } from 'react';
import type { IsoDate, ItemStatus, PlanItem } from '../../../shared/domain';
import { isOverdue } from '../../../shared/schedule';
import { currentPlanStore } from '../app/appStores';
import { formatDay, formatInstantDay } from '../lib/dates';
import { ChecklistItemDetails } from './ChecklistItemDetails';

const statusLabels: Record<ItemStatus, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
};

export function checkboxIdFor(itemId: number): string {
  return `plan-item-${itemId}`;
}

/** When the item is due or was done; overdue is said in words, not only in colour. */
function DateNote({ item, today }: { item: PlanItem; today: IsoDate }) {
  if (item.status === 'done') {
    const when = item.completedAt === null ? '' : ` ${formatInstantDay(item.completedAt)}`;
    return <span className="date-note done">Done{when}</span>;
  }
  if (item.dueDate === null) return <span className="date-note muted">No due date</span>;
  if (isOverdue(item, today)) {
    return (
      <span className="date-note overdue">
        <span aria-hidden="true">⚠ </span>Overdue, due {formatDay(item.dueDate)}
      </span>
    );
  }
  return <span className="date-note">Due {formatDay(item.dueDate)}</span>;
}

export function ChecklistItem({ item, today }: { item: PlanItem; today: IsoDate }) {
  const [expanded, setExpanded] = useState(false);
  const checkboxId = checkboxIdFor(item.id);
  const metaId = `${checkboxId}-meta`;
  const detailsId = `${checkboxId}-details`;
  const setStatus = (status: ItemStatus) => void currentPlanStore.getState().setItemStatus(item.id, status);
  const done = item.status === 'done';

  return (
    <li
      className={['checklist-item', done ? 'is-done' : '', isOverdue(item, today) ? 'is-overdue' : ''].join(
        ' ',
      )}
    >
      <div className="checklist-row">
        <input
          id={checkboxId}
          type="checkbox"
          checked={done}
          aria-describedby={metaId}
          onChange={(event) => setStatus(event.target.checked ? 'done' : 'todo')}
        />
        <label htmlFor={checkboxId} className="item-title">
          {item.title}
        </label>
        <span className="item-meta" id={metaId}>
          {item.orphaned && <span className="badge badge-orphaned">No longer in this path</span>}
          {item.reminderAt !== null && !done && <span className="badge badge-reminder">Reminder set</span>}
          <DateNote item={item} today={today} />
        </span>
        <select
          className="status-select"
          aria-label={`Status of ${item.title}`}
          value={item.status}
          onChange={(event) => setStatus(event.target.value as ItemStatus)}
        >
          {(Object.keys(statusLabels) as ItemStatus[]).map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button subtle details-toggle"
          aria-expanded={expanded}
          aria-controls={detailsId}
          onClick={() => setExpanded((open) => !open)}
        >
          Details<span className="sr-only"> for {item.title}</span>
          <span className="chevron" aria-hidden="true" />
        </button>
      </div>
      {expanded && <ChecklistItemDetails id={detailsId} item={item} />}
    </li>
  );
}
