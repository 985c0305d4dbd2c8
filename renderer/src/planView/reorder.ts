/**
 * Reordering plan items. The plan has one study order (the schedule follows it); the checklist
 * shows it whole or split into groups, and a move happens within the list the person sees: the
 * item goes just before or after its neighbour there, and every other item keeps its place. Pure.
 */
import type { PlanItem } from '../../../shared/domain';

export type MoveDirection = 'up' | 'down';
export type DropPlace = 'before' | 'after';

/** The plan's item ids in study order. */
export function studyOrder(items: ReadonlyArray<Pick<PlanItem, 'id' | 'position'>>): number[] {
  return [...items].sort((a, b) => a.position - b.position || a.id - b.id).map((item) => item.id);
}

/** The order with `itemId` moved next to `targetId`; null when nothing would change. */
export function moveNextTo(
  order: readonly number[],
  itemId: number,
  targetId: number,
  place: DropPlace,
): number[] | null {
  if (itemId === targetId || !order.includes(itemId) || !order.includes(targetId)) return null;
  const without = order.filter((id) => id !== itemId);
  const targetIndex = without.indexOf(targetId);
  const next = [...without];
  next.splice(place === 'before' ? targetIndex : targetIndex + 1, 0, itemId);
  return next.every((id, index) => id === order[index]) ? null : next;
}

/**
 * The order after moving `itemId` one step up or down the list it is shown in (`shown`, in screen
 * order); null at either end of that list.
 */
export function moveOneStep(
  order: readonly number[],
  shown: readonly number[],
  itemId: number,
  direction: MoveDirection,
): number[] | null {
  const index = shown.indexOf(itemId);
  if (index === -1) return null;
  const neighbour = shown[direction === 'up' ? index - 1 : index + 1];
  if (neighbour === undefined) return null;
  return moveNextTo(order, itemId, neighbour, direction === 'up' ? 'before' : 'after');
}

/** Where an item now stands in the list it is shown in, as a screen reader hears it. */
export function describePlace(
  title: string,
  shown: readonly number[],
  itemId: number,
  listName: string,
): string {
  return `‘${title}’ moved to ${shown.indexOf(itemId) + 1} of ${shown.length} in ${listName}.`;
}

/** The items in `order`, each with its new position, for showing a move before the back end confirms it. */
export function withOrder<T extends Pick<PlanItem, 'id' | 'position'>>(
  items: readonly T[],
  order: readonly number[],
): T[] {
  const positions = new Map(order.map((id, position) => [id, position]));
  return items
    .map((item) => ({ ...item, position: positions.get(item.id) ?? item.position }))
    .sort((a, b) => a.position - b.position);
}

/**
 * `order` made to fit the plan as it is now: ids no longer in the plan are dropped, and items
 * added since keep their current place at the end. What Undo and Redo of a move send.
 */
export function fitOrder(
  order: readonly number[],
  items: ReadonlyArray<Pick<PlanItem, 'id' | 'position'>>,
): number[] {
  const present = new Set(items.map((item) => item.id));
  const kept = order.filter((id) => present.has(id));
  const listed = new Set(kept);
  return [...kept, ...studyOrder(items).filter((id) => !listed.has(id))];
}
