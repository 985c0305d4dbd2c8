import { useState, type DragEvent, type KeyboardEvent } from 'react';
import type { IsoDate, ItemStatus, PlanItem } from '../../../shared/domain';
import { isOverdue } from '../../../shared/schedule';
import { itemEdits } from '../app/uiStores';
import { formatDay, formatInstantDay } from '../lib/dates';
import { isMac } from '../lib/platform';
import { formatHours, formatNearDay } from '../planView/format';
import type { DropPlace, MoveDirection } from '../planView/reorder';
import { ChecklistItemDetails } from './ChecklistItemDetails';

const statusLabels: Record<ItemStatus, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};

export function checkboxIdFor(itemId: number): string {
  return `plan-item-${itemId}`;
}

export type ChecklistMove = 'previous' | 'next' | 'first' | 'last';

const moves: Partial<Record<string, ChecklistMove>> = {
  ArrowUp: 'previous',
  ArrowDown: 'next',
  Home: 'first',
  End: 'last',
};

const reorderKeys: Partial<Record<string, MoveDirection>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** Skipped items are set aside on purpose: they are never late. */
function isLate(item: PlanItem, today: IsoDate): boolean {
  return item.status !== 'skipped' && isOverdue(item, today);
}

/** When the item is due or was done; overdue is said in words, not only in colour. */
function DateNote({ item, today }: { item: PlanItem; today: IsoDate }) {
  if (item.status === 'done') {
    const when = item.completedAt === null ? '' : ` ${formatInstantDay(item.completedAt)}`;
    return <span className="date-note done">Done{when}</span>;
  }
  if (item.status === 'skipped') return <span className="date-note muted">Skipped</span>;
  if (item.dueDate === null) return <span className="date-note muted">No due date</span>;
  if (isLate(item, today)) {
    return (
      <span className="date-note overdue">
        <span aria-hidden="true">⚠ </span>Overdue, due {formatDay(item.dueDate)}
      </span>
    );
  }
  return <span className="date-note">Due {formatNearDay(item.dueDate, today)}</span>;
}

/** What a checklist that lets items be reordered gives each item. */
export interface ItemReorder {
  /** Alt+Up / Alt+Down on the item's checkbox. */
  moveBy(itemId: number, direction: MoveDirection): void;
  dragStart(itemId: number, event: DragEvent<HTMLElement>): void;
  dragOver(itemId: number, event: DragEvent<HTMLLIElement>): void;
  drop(itemId: number, event: DragEvent<HTMLLIElement>): void;
  dragEnd(): void;
  /** Where the item being dragged would land next to this one, if here. */
  dropPlace(itemId: number): DropPlace | null;
  dragging: number | null;
}

export interface ChecklistItemProps {
  item: PlanItem;
  today: IsoDate;
  /** The one item of the checklist that Tab reaches; arrow keys move between the others. */
  tabbable: boolean;
  onActive(itemId: number): void;
  onMove(itemId: number, move: ChecklistMove): void;
  onRequestDelete(item: PlanItem): void;
  /** Present where the checklist can be reordered. */
  reorder?: ItemReorder | undefined;
  /** Says when a scheduled item starts, where that matters (the week view). */
  showStart?: boolean;
}

export function ChecklistItem({
  item,
  today,
  tabbable,
  onActive,
  onMove,
  onRequestDelete,
  reorder,
  showStart = false,
}: ChecklistItemProps) {
  const [expanded, setExpanded] = useState(false);
  const checkboxId = checkboxIdFor(item.id);
  const metaId = `${checkboxId}-meta`;
  const detailsId = `${checkboxId}-details`;
  const setStatus = (status: ItemStatus) => void itemEdits.setStatus(item, status);
  const done = item.status === 'done';
  const tabIndex = tabbable ? 0 : -1;
  // Only for work still ahead: an overdue item's planned start says nothing useful.
  const startsLater =
    showStart &&
    item.status === 'todo' &&
    item.startDate !== null &&
    item.startDate > today &&
    !isLate(item, today)
      ? item.startDate
      : null;

  function onCheckboxKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && reorder !== undefined) {
      const direction = reorderKeys[event.key];
      if (direction === undefined) return;
      event.preventDefault();
      reorder.moveBy(item.id, direction);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const move = moves[event.key];
    if (move !== undefined) onMove(item.id, move);
    else if (event.key === 'Enter') setExpanded((open) => !open);
    else if (event.key === 'Delete' || (event.key === 'Backspace' && isMac)) onRequestDelete(item);
    else return;
    event.preventDefault();
  }

  const dropPlace = reorder?.dropPlace(item.id) ?? null;
  const classes = [
    'checklist-item',
    done ? 'is-done' : '',
    item.status === 'skipped' ? 'is-skipped' : '',
    isLate(item, today) ? 'is-overdue' : '',
    reorder !== undefined ? 'is-reorderable' : '',
    reorder?.dragging === item.id ? 'is-dragging' : '',
    dropPlace === null ? '' : `drop-${dropPlace}`,
  ];

  return (
    <li
      className={classes.filter((name) => name !== '').join(' ')}
      onFocus={() => onActive(item.id)}
      onDragOver={reorder === undefined ? undefined : (event) => reorder.dragOver(item.id, event)}
      onDrop={reorder === undefined ? undefined : (event) => reorder.drop(item.id, event)}
    >
      <div className="checklist-row">
        {reorder !== undefined && (
          // Pointer only: the keyboard moves items with Alt+Up and Alt+Down on the checkbox.
          <span
            className="drag-handle"
            aria-hidden="true"
            title="Drag to change the study order"
            draggable
            onDragStart={(event) => reorder.dragStart(item.id, event)}
            onDragEnd={() => reorder.dragEnd()}
          />
        )}
        <input
          id={checkboxId}
          type="checkbox"
          checked={done}
          tabIndex={tabIndex}
          aria-describedby={metaId}
          onChange={(event) => setStatus(event.target.checked ? 'done' : 'todo')}
          onKeyDown={onCheckboxKeyDown}
        />
        <label htmlFor={checkboxId} className="item-title">
          {item.title}
        </label>
        <span className="item-meta" id={metaId}>
          {item.orphaned && <span className="badge badge-orphaned">No longer in this path</span>}
          {item.reminderAt !== null && !done && <span className="badge badge-reminder">Reminder set</span>}
          {startsLater !== null && (
            <span className="date-note">
              Starts {formatNearDay(startsLater, today)}
              <span className="sr-only">,</span>
            </span>
          )}
          <DateNote item={item} today={today} />
          <span className="effort-note">
            <span className="sr-only">, effort </span>
            {formatHours(item.effortHours)}
          </span>
        </span>
        <select
          className="status-select"
          aria-label={`Status of ${item.title}`}
          value={item.status}
          tabIndex={tabIndex}
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
          aria-controls={expanded ? detailsId : undefined}
          tabIndex={tabIndex}
          onClick={() => setExpanded((open) => !open)}
        >
          Details<span className="sr-only"> for {item.title}</span>
          <span className="chevron" aria-hidden="true" />
        </button>
      </div>
      {expanded && <ChecklistItemDetails id={detailsId} item={item} onRequestDelete={onRequestDelete} />}
    </li>
  );
}
