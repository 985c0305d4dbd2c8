import { useState, type ReactNode } from 'react';
import type { IsoDate, PlanItem } from '../../../shared/domain';
import { itemEdits } from '../app/uiStores';
import { isMac } from '../lib/platform';
import { checkboxIdFor, ChecklistItem, type ChecklistMove } from './ChecklistItem';
import { ConfirmDialog } from './ConfirmDialog';
import { useChecklistReorder } from './useChecklistReorder';

export interface ChecklistGroup {
  key: string;
  heading: string;
  items: PlanItem[];
  /** What the count beside the heading says; "done/total" when absent. */
  count?: string;
  /** The group's name in announcements of a move ("in Certifications"). */
  listName?: string;
}

/** What a reorderable checklist needs: the plan and its whole study order. */
export interface ChecklistReordering {
  planId: number;
  order: readonly number[];
}

function focusCheckbox(itemId: number): void {
  document.getElementById(checkboxIdFor(itemId))?.focus();
}

function targetOf(items: readonly PlanItem[], from: number, move: ChecklistMove): PlanItem | undefined {
  const index = items.findIndex((item) => item.id === from);
  switch (move) {
    case 'first':
      return items[0];
    case 'last':
      return items.at(-1);
    case 'previous':
      return index > 0 ? items[index - 1] : undefined;
    case 'next':
      return items[index + 1];
  }
}

/**
 * Plan items as native checkbox groups, one fieldset per group. The whole checklist is one Tab
 * stop (a roving tabindex): arrow keys, Home and End move between items; where `reordering` is
 * given, Alt+Up and Alt+Down (or dragging) change the study order within a group.
 */
export function PlanChecklist({
  groups,
  today,
  reordering = null,
  showStart = false,
  empty,
}: {
  groups: readonly ChecklistGroup[];
  today: IsoDate;
  reordering?: ChecklistReordering | null;
  showStart?: boolean;
  /** Shown instead when no group has an item. */
  empty: ReactNode;
}) {
  const [activeId, setActiveId] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<PlanItem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const shown = groups.filter((group) => group.items.length > 0);
  const ordered = shown.flatMap((group) => group.items);
  const tabStop = ordered.some((item) => item.id === activeId) ? activeId : (ordered[0]?.id ?? null);
  const reorder = useChecklistReorder({
    planId: reordering?.planId ?? 0,
    order: reordering?.order ?? [],
    lists: shown.map((group) => ({
      name: group.listName ?? group.heading,
      ids: group.items.map((i) => i.id),
    })),
    titleOf: (itemId) => ordered.find((item) => item.id === itemId)?.title ?? 'The item',
    announce: setAnnouncement,
  });

  function move(from: number, where: ChecklistMove) {
    const target = targetOf(ordered, from, where);
    if (target !== undefined) focusCheckbox(target.id);
  }

  async function deleteConfirmed(item: PlanItem) {
    setDeleting(null);
    const index = ordered.findIndex((i) => i.id === item.id);
    // Focus goes where the deleted item was: the next item, or the previous one at the end.
    const neighbour = ordered[index + 1] ?? ordered[index - 1];
    if (!(await itemEdits.remove(item))) return;
    if (neighbour !== undefined) {
      setActiveId(neighbour.id);
      focusCheckbox(neighbour.id);
    } else {
      document.getElementById('add-item-title')?.focus();
    }
  }

  if (shown.length === 0) return <>{empty}</>;
  return (
    <div className="checklist">
      <p className="checklist-hint">
        <kbd>↑</kbd> <kbd>↓</kbd> move between items, <kbd>Space</kbd> ticks, <kbd>Enter</kbd> shows details,{' '}
        <kbd>{isMac ? '⌫' : 'Delete'}</kbd> removes
        {reordering !== null && (
          <>
            , <kbd>{isMac ? '⌥' : 'Alt'}</kbd>+<kbd>↑</kbd> <kbd>{isMac ? '⌥' : 'Alt'}</kbd>+<kbd>↓</kbd>{' '}
            change the study order (or drag an item by its handle)
          </>
        )}
        . Press <kbd>?</kbd> for every shortcut.
      </p>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {shown.map((group) => {
        const done = group.items.filter((item) => item.status === 'done').length;
        return (
          <fieldset key={group.key} className="checklist-group">
            <legend>
              {group.heading}
              <span className="count">{group.count ?? `${done}/${group.items.length}`}</span>
            </legend>
            <ul>
              {group.items.map((item) => (
                <ChecklistItem
                  key={item.id}
                  item={item}
                  today={today}
                  tabbable={item.id === tabStop}
                  onActive={setActiveId}
                  onMove={move}
                  onRequestDelete={setDeleting}
                  reorder={reordering === null ? undefined : reorder}
                  showStart={showStart}
                />
              ))}
            </ul>
          </fieldset>
        );
      })}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this item?"
        message={deleting === null ? '' : `“${deleting.title}” and its notes will be removed from this plan.`}
        confirmLabel="Delete item"
        onConfirm={() => {
          if (deleting !== null) void deleteConfirmed(deleting);
        }}
        onDismiss={() => setDeleting(null)}
      />
    </div>
  );
}
