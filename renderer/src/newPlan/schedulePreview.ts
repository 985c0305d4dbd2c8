/**
 * Live previews of a schedule with the same pure scheduler the back end runs: for a plan about to
 * be created, and for an open plan whose budget, mode or target is being changed. Pure.
 */
import type {
  CertificationLevel,
  ContentItem,
  IsoDate,
  PathDetail,
  PlanDetail,
  ScheduleMode,
  WeeklyBudget,
} from '../../../shared/domain';
import {
  defaultEffortHours,
  defaultItemOrder,
  scheduleItems,
  scheduleStart,
  type SchedulableItem,
} from '../../../shared/planning';

export interface SchedulePreview {
  projectedFinish: IsoDate | null;
  targetShortfallDays: number;
  /** Estimated hours of the work still to schedule. */
  totalHours: number;
}

export type PreviewResult = { ok: true; preview: SchedulePreview } | { ok: false; problem: string };

export interface NewPlanPreview extends SchedulePreview {
  /** Due date of each selected item by content key. */
  dueDates: Map<string, IsoDate>;
  /** Selected keys in the order the plan will study them. */
  orderedKeys: string[];
}

export interface ScheduleSettings {
  budget: WeeklyBudget;
  mode: ScheduleMode;
  startDate: IsoDate;
  targetDate: IsoDate;
}

/**
 * The level of each certification item of a path, by key. The path lists certification items in
 * the order of its certifications, so the two line up one for one.
 */
export function certificationLevels(
  path: Pick<PathDetail, 'items' | 'content'>,
): Map<string, CertificationLevel> {
  const levels = new Map<string, CertificationLevel>();
  const certifications = path.items.filter((item) => item.kind === 'certification');
  certifications.forEach((item, index) => {
    const byIndex = path.content.certifications[index];
    const source =
      byIndex?.name === item.title ? byIndex : path.content.certifications.find((c) => c.name === item.title);
    if (source?.level) levels.set(item.key, source.level);
  });
  return levels;
}

/** The selected items as a new plan orders them: basics first, advanced certifications late. */
export function newPlanOrder(
  items: readonly ContentItem[],
  selectedKeys: ReadonlySet<string>,
  levels: ReadonlyMap<string, CertificationLevel>,
): ContentItem[] {
  return defaultItemOrder(
    items
      .filter((item) => selectedKeys.has(item.key))
      .map((item) => ({ item, kind: item.kind, level: levels.get(item.key) ?? null })),
  ).map(({ item }) => item);
}

export function previewNewPlan(
  items: readonly ContentItem[],
  selectedKeys: ReadonlySet<string>,
  levels: ReadonlyMap<string, CertificationLevel>,
  settings: ScheduleSettings,
  today: IsoDate,
): { ok: true; preview: NewPlanPreview } | { ok: false; problem: string } {
  const ordered = newPlanOrder(items, selectedKeys, levels);
  const schedulable = ordered.map((item): SchedulableItem & { key: string } => ({
    key: item.key,
    status: 'todo',
    effortHours: defaultEffortHours(item.kind, item.hours),
    startDate: null,
    dueDate: null,
  }));
  const outcome = scheduleItems({
    items: schedulable,
    budget: settings.budget,
    mode: settings.mode,
    from: scheduleStart(settings.startDate, today),
    targetDate: settings.targetDate,
  });
  if (!outcome.ok) return { ok: false, problem: outcome.error.message };
  const dueDates = new Map<string, IsoDate>();
  for (const item of outcome.value.items) if (item.dueDate !== null) dueDates.set(item.key, item.dueDate);
  return {
    ok: true,
    preview: {
      projectedFinish: outcome.value.projectedFinish,
      targetShortfallDays: outcome.value.targetShortfallDays,
      totalHours: schedulable.reduce((sum, item) => sum + item.effortHours, 0),
      dueDates,
      orderedKeys: ordered.map((item) => item.key),
    },
  };
}

/**
 * What changing an open plan's schedule would give: its unfinished items re-planned in their
 * order from the day the back end would start (today, the start date if later, or the day a
 * paused plan was paused).
 */
export function previewReschedule(
  plan: Pick<PlanDetail, 'items' | 'startDate' | 'schedule'>,
  settings: Omit<ScheduleSettings, 'startDate'>,
  today: IsoDate,
): PreviewResult {
  const items = [...plan.items].sort((a, b) => a.position - b.position);
  const outcome = scheduleItems({
    items,
    budget: settings.budget,
    mode: settings.mode,
    from: scheduleStart(plan.startDate, plan.schedule.pausedSince ?? today),
    targetDate: settings.targetDate,
  });
  if (!outcome.ok) return { ok: false, problem: outcome.error.message };
  const remaining = items.filter((item) => item.status === 'todo' || item.status === 'in-progress');
  return {
    ok: true,
    preview: {
      projectedFinish: outcome.value.projectedFinish,
      targetShortfallDays: outcome.value.targetShortfallDays,
      totalHours: remaining.reduce((sum, item) => sum + item.effortHours, 0),
    },
  };
}
