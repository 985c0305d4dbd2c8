import type { ItemStatus, PlanDetail, PlanItem, PlanItemKind } from '../../shared/domain';

let nextItemId = 1;

/** A plan item as the back end returns it; ids count up unless given. */
export function planItem(overrides: Partial<PlanItem> = {}): PlanItem {
  const id = overrides.id ?? nextItemId++;
  return {
    id,
    planId: 1,
    contentKey: null,
    kind: 'custom',
    title: `Item ${id}`,
    description: '',
    dueDate: null,
    status: 'todo',
    completedAt: null,
    notes: '',
    reminderAt: null,
    position: id,
    orphaned: false,
    effortHours: 5,
    startDate: null,
    snoozedUntil: null,
    certification: null,
    deliverables: [],
    evidence: [],
    ...overrides,
  };
}

export function itemOfKind(kind: PlanItemKind, title: string, status: ItemStatus = 'todo'): PlanItem {
  return planItem({
    kind,
    title,
    status,
    completedAt: status === 'done' ? '2026-10-02T09:30:00.000Z' : null,
  });
}

export function planWith(items: PlanItem[], overrides: Partial<PlanDetail> = {}): PlanDetail {
  return {
    id: 1,
    name: 'Support engineer by summer',
    pathId: 'support-engineer',
    pathTitle: 'Support Engineer / Customer Success Engineer',
    startDate: '2026-09-01',
    targetDate: '2027-06-30',
    createdAt: '2026-09-01T08:00:00.000Z',
    total: items.length,
    done: items.filter((item) => item.status === 'done').length,
    skipped: items.filter((item) => item.status === 'skipped').length,
    schedule: {
      budget: [60, 60, 60, 60, 60, 180, 0],
      mode: 'target',
      projectedFinish: null,
      targetShortfallDays: 0,
      daysBehind: 0,
      pausedSince: null,
      remainingHours: 0,
      completedHours: 0,
    },
    studySessions: { enabled: false, weekdays: [1, 2, 3, 4, 5], time: '19:00' },
    items,
    ...overrides,
  };
}
