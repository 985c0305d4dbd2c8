import type { CertificationLevel, PlanItemKind } from './types';

/** Typical hours when the content gives none. */
const FALLBACK_EFFORT_HOURS: Record<PlanItemKind, number> = {
  certification: 40,
  tool: 20,
  project: 15,
  custom: 5,
};

/** The content's estimate when it gives a usable one, else a typical effort for the kind of item. */
export function defaultEffortHours(kind: PlanItemKind, contentHours: number | null | undefined): number {
  return contentHours !== null &&
    contentHours !== undefined &&
    Number.isFinite(contentHours) &&
    contentHours > 0
    ? contentHours
    : FALLBACK_EFFORT_HOURS[kind];
}

export interface OrderableItem {
  kind: PlanItemKind;
  /** For certifications; null or absent when unknown or not a certification. */
  level?: CertificationLevel | null;
}

/**
 * Basics first, then the tools, the core certifications, the projects that use them, and the
 * advanced certifications; the person's own items come last.
 */
export function defaultOrderRank(item: OrderableItem): number {
  switch (item.kind) {
    case 'certification':
      switch (item.level ?? null) {
        case 'foundational':
          return 0;
        case 'associate':
        case null:
          return 2;
        case 'professional':
          return 4;
        case 'expert':
          return 5;
      }
      break;
    case 'tool':
      return 1;
    case 'project':
      return 3;
    case 'custom':
      return 6;
  }
  throw new RangeError(`no rank for ${item.kind} ${String(item.level)}`);
}

/** The items in their default study order; items of the same rank keep the order they came in. */
export function defaultItemOrder<T extends OrderableItem>(items: readonly T[]): T[] {
  // Array.prototype.sort is stable, which keeps content order within a rank.
  return items
    .map((item) => ({ item, rank: defaultOrderRank(item) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ item }) => item);
}
