import type { PlanItem } from '../../../shared/domain';

export function planItem(overrides: Partial<PlanItem> & Pick<PlanItem, 'id'>): PlanItem {
  return {
    planId: 1,
    contentKey: null,
    kind: 'certification',
    title: `Item ${overrides.id}`,
    description: '',
    dueDate: null,
    status: 'todo',
    completedAt: null,
    notes: '',
    reminderAt: null,
    position: overrides.id,
    orphaned: false,
    ...overrides,
  };
}
