/** The new-plan form's rules: defaults, validation, the live schedule preview and what is sent. Pure. */
import type {
  CertificationLevel,
  ContentItem,
  ContentItemKind,
  IsoDate,
  ScheduleMode,
} from '../../../shared/domain';
import type { ServiceInput } from '../../../shared/contract';
import { DEFAULT_WEEKLY_BUDGET } from '../../../shared/planning';
import { addMonthsIso, isIsoDate } from '../lib/dates';
import { budgetToDraft, readBudgetDraft, type BudgetDraft } from './budgetDraft';
import { previewNewPlan, type NewPlanPreview } from './schedulePreview';

export interface NewPlanDraft {
  name: string;
  startDate: IsoDate;
  targetDate: IsoDate;
  selectedKeys: ReadonlySet<string>;
  /** Hours per weekday as typed, Monday first. */
  budget: BudgetDraft;
  mode: ScheduleMode;
}

/** A suggested plan length: long enough to earn a certification or two alongside other commitments. */
export const DEFAULT_PLAN_MONTHS = 6;

export function defaultDraft(pathTitle: string, items: readonly ContentItem[], today: IsoDate): NewPlanDraft {
  return {
    name: `${pathTitle} plan`,
    startDate: today,
    targetDate: addMonthsIso(today, DEFAULT_PLAN_MONTHS),
    selectedKeys: new Set(items.map((item) => item.key)),
    budget: budgetToDraft(DEFAULT_WEEKLY_BUDGET),
    mode: 'target',
  };
}

export interface DraftErrors {
  name?: string;
  startDate?: string;
  targetDate?: string;
  items?: string;
  budget?: string;
}

export function validateDraft(draft: NewPlanDraft): DraftErrors {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'Give your plan a name.';
  else if (name.length > 200) errors.name = 'Keep the name under 200 characters.';
  if (!isIsoDate(draft.startDate)) errors.startDate = 'Enter a start date.';
  if (draft.mode === 'target') {
    if (!isIsoDate(draft.targetDate)) errors.targetDate = 'Enter a target date.';
    else if (errors.startDate === undefined && draft.targetDate < draft.startDate) {
      errors.targetDate = 'The target date must be on or after the start date.';
    }
  }
  const budget = readBudgetDraft(draft.budget);
  if (budget.budget === null) {
    errors.budget = budget.weekProblem ?? 'Fix the hours of the days marked below.';
  }
  if (draft.selectedKeys.size === 0) errors.items = 'Choose at least one item to study.';
  return errors;
}

export function hasErrors(errors: DraftErrors): boolean {
  return Object.keys(errors).length > 0;
}

/**
 * The schedule the plan would get, with each selected item's due date; null while the dates or
 * the budget cannot be read yet. In "as soon as possible" mode the target plays no part.
 */
export function draftPreview(
  items: readonly ContentItem[],
  levels: ReadonlyMap<string, CertificationLevel>,
  draft: NewPlanDraft,
  today: IsoDate,
): { ok: true; preview: NewPlanPreview } | { ok: false; problem: string } | null {
  const { budget } = readBudgetDraft(draft.budget);
  if (budget === null || !isIsoDate(draft.startDate)) return null;
  const targetUsable = isIsoDate(draft.targetDate) && draft.targetDate >= draft.startDate;
  if (draft.mode === 'target' && !targetUsable) return null;
  return previewNewPlan(
    items,
    draft.selectedKeys,
    levels,
    {
      budget,
      mode: draft.mode,
      startDate: draft.startDate,
      targetDate: targetUsable ? draft.targetDate : draft.startDate,
    },
    today,
  );
}

/**
 * What `createPlan` receives. A plan made "as soon as possible" keeps its projected finish as its
 * target, so falling behind it later still shows.
 */
export function createPlanInput(
  pathId: string,
  draft: NewPlanDraft,
  preview: NewPlanPreview,
): ServiceInput<'createPlan'> | null {
  const { budget } = readBudgetDraft(draft.budget);
  if (budget === null) return null;
  const finish = preview.projectedFinish ?? draft.startDate;
  return {
    name: draft.name.trim(),
    pathId,
    startDate: draft.startDate,
    targetDate:
      draft.mode === 'asap' ? (finish > draft.startDate ? finish : draft.startDate) : draft.targetDate,
    itemKeys: preview.orderedKeys,
    budget,
    mode: draft.mode,
  };
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
