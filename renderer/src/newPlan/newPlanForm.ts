/** The new-plan form's rules: defaults, validation and the live due-date preview. Pure. */
import type { ContentItem, ContentItemKind, IsoDate } from '../../../shared/domain';
import { spreadDueDates } from '../../../shared/schedule';
import { addMonthsIso, isIsoDate } from '../lib/dates';

export interface NewPlanDraft {
  name: string;
  startDate: IsoDate;
  targetDate: IsoDate;
  selectedKeys: ReadonlySet<string>;
}

/** A suggested plan length: long enough to earn a certification or two alongside other commitments. */
export const DEFAULT_PLAN_MONTHS = 6;

export function defaultDraft(pathTitle: string, items: readonly ContentItem[], today: IsoDate): NewPlanDraft {
  return {
    name: `${pathTitle} plan`,
    startDate: today,
    targetDate: addMonthsIso(today, DEFAULT_PLAN_MONTHS),
    selectedKeys: new Set(items.map((item) => item.key)),
  };
}

export interface DraftErrors {
  name?: string;
  startDate?: string;
  targetDate?: string;
  items?: string;
}

export function validateDraft(draft: NewPlanDraft): DraftErrors {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'Give your plan a name.';
  else if (name.length > 200) errors.name = 'Keep the name under 200 characters.';
  if (!isIsoDate(draft.startDate)) errors.startDate = 'Enter a start date.';
  if (!isIsoDate(draft.targetDate)) errors.targetDate = 'Enter a target date.';
  else if (errors.startDate === undefined && draft.targetDate < draft.startDate) {
    errors.targetDate = 'The target date must be on or after the start date.';
  }
  if (draft.selectedKeys.size === 0) errors.items = 'Choose at least one item to study.';
  return errors;
}

export function hasErrors(errors: DraftErrors): boolean {
  return Object.keys(errors).length > 0;
}

const kindOrder: Record<ContentItemKind, number> = { certification: 0, tool: 1, project: 2 };

/** The items in the order a plan studies them: certifications, then tools, then projects. */
export function inStudyOrder(items: readonly ContentItem[]): ContentItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => kindOrder[a.item.kind] - kindOrder[b.item.kind] || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * The due date each selected item would get, keyed by item key: the same spreading the
 * back end applies when it creates the plan. Empty while the dates are not valid.
 */
export function previewDueDates(items: readonly ContentItem[], draft: NewPlanDraft): Map<string, IsoDate> {
  const preview = new Map<string, IsoDate>();
  if (!isIsoDate(draft.startDate) || !isIsoDate(draft.targetDate) || draft.targetDate < draft.startDate) {
    return preview;
  }
  const selected = inStudyOrder(items).filter((item) => draft.selectedKeys.has(item.key));
  const dates = spreadDueDates(selected.length, draft.startDate, draft.targetDate);
  selected.forEach((item, index) => {
    const date = dates[index];
    if (date !== undefined) preview.set(item.key, date);
  });
  return preview;
}

/** Selects or clears every item of one kind, leaving the other kinds as they are. */
export function withKindSelected(
  selectedKeys: ReadonlySet<string>,
  items: readonly ContentItem[],
  kind: ContentItemKind,
  selected: boolean,
): Set<string> {
  const next = new Set(selectedKeys);
  for (const item of items) {
    if (item.kind !== kind) continue;
    if (selected) next.add(item.key);
    else next.delete(item.key);
  }
  return next;
}

export function selectedKeysInStudyOrder(
  items: readonly ContentItem[],
  selectedKeys: ReadonlySet<string>,
): string[] {
  return inStudyOrder(items)
    .filter((item) => selectedKeys.has(item.key))
    .map((item) => item.key);
}
