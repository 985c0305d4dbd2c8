import { useEffect, useRef, useState, type DragEvent } from 'react';
import { describePlace, moveNextTo, moveOneStep, type DropPlace } from '../planView/reorder';
import { reorderWithUndo } from '../stores/planActions';
import { checkboxIdFor, type ItemReorder } from './ChecklistItem';

/** One list of the checklist as shown: an item moves within the list it is in. */
export interface ShownList {
  /** Said in announcements: "in Certifications", "in the study order". */
  name: string;
  ids: readonly number[];
}

/**
 * Drag and drop (HTML5 drag events) and Alt+Up / Alt+Down for the checklist's items. Each move
 * is announced through `announce`, shown at once and saved as the plan's new study order.
 */
export function useChecklistReorder({
  planId,
  order,
  lists,
  titleOf,
  announce,
}: {
  planId: number;
  /** Every item id of the plan, in study order. */
  order: readonly number[];
  lists: readonly ShownList[];
  titleOf(itemId: number): string;
  announce(message: string): void;
}): ItemReorder {
  const [dragging, setDragging] = useState<number | null>(null);
  const [target, setTarget] = useState<{ id: number; place: DropPlace } | null>(null);
  // A moved row is taken out of the page and put back, which loses its focus: give it back.
  const refocus = useRef<number | null>(null);
  useEffect(() => {
    const itemId = refocus.current;
    if (itemId === null) return;
    const checkbox = document.getElementById(checkboxIdFor(itemId));
    if (checkbox !== null && document.activeElement !== checkbox) checkbox.focus();
    refocus.current = null;
  });

  const listOf = (itemId: number) => lists.find((list) => list.ids.includes(itemId));
  // Drag events come faster than renders: the drop reads where it happens, not the last render.
  const dragged = useRef<number | null>(null);
  const placeAt = (event: DragEvent<HTMLLIElement>): DropPlace => {
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientY < box.top + box.height / 2 ? 'before' : 'after';
  };

  function commit(itemId: number, next: number[], list: ShownList, description: string) {
    const title = titleOf(itemId);
    announce(
      describePlace(
        title,
        next.filter((id) => list.ids.includes(id)),
        itemId,
        list.name,
      ),
    );
    void reorderWithUndo(planId, order, next, description);
  }

  function clearDrag() {
    dragged.current = null;
    setDragging(null);
    setTarget(null);
  }

  return {
    dragging,
    moveBy(itemId, direction) {
      const list = listOf(itemId);
      if (list === undefined) return;
      const title = titleOf(itemId);
      const next = moveOneStep(order, list.ids, itemId, direction);
      if (next === null) {
        announce(`‘${title}’ is already ${direction === 'up' ? 'first' : 'last'} in ${list.name}.`);
        return;
      }
      refocus.current = itemId;
      commit(itemId, next, list, `Moved ‘${title}’ ${direction} in the study order`);
    },
    dragStart(itemId, event: DragEvent<HTMLElement>) {
      event.dataTransfer.effectAllowed = 'move';
      // Some browsers start a drag only when it carries data.
      event.dataTransfer.setData('text/plain', titleOf(itemId));
      const row = event.currentTarget.closest('li');
      if (row !== null) event.dataTransfer.setDragImage(row, 12, 12);
      dragged.current = itemId;
      setDragging(itemId);
    },
    dragOver(itemId, event) {
      const moving = dragged.current;
      if (moving === null || !listOf(moving)?.ids.includes(itemId)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const place = placeAt(event);
      if (target?.id !== itemId || target.place !== place) setTarget({ id: itemId, place });
    },
    drop(itemId, event) {
      const moving = dragged.current;
      clearDrag();
      if (moving === null || !listOf(moving)?.ids.includes(itemId)) return;
      event.preventDefault();
      const place = placeAt(event);
      const list = listOf(moving);
      const next = moveNextTo(order, moving, itemId, place);
      if (list === undefined || next === null) return;
      commit(moving, next, list, `Moved ‘${titleOf(moving)}’ ${place} ‘${titleOf(itemId)}’`);
    },
    dragEnd: clearDrag,
    dropPlace: (itemId) => (target?.id === itemId && dragging !== itemId ? target.place : null),
  };
}
