import type { PlanItem, PlanItemKind } from '../../../shared/domain';

export interface ItemGroup {
  kind: PlanItemKind;
  heading: string;
  items: PlanItem[];
}

/** The order the checklist shows its groups in, matching the order of a career path. */
export const checklistGroups: ReadonlyArray<{ kind: PlanItemKind; heading: string }> = [
  { kind: 'certification', heading: 'Certifications' },
  { kind: 'tool', heading: 'Tools' },
  { kind: 'project', heading: 'Projects' },
  { kind: 'custom', heading: 'My items' },
];

/** Groups plan items by kind, each group sorted by position; empty groups are left out. */
export function groupItemsByKind(items: readonly PlanItem[]): ItemGroup[] {
  return checklistGroups
    .map(({ kind, heading }) => ({
      kind,
      heading,
      items: items.filter((item) => item.kind === kind).sort((a, b) => a.position - b.position),
    }))
    .filter((group) => group.items.length > 0);
}
