import type { PlanItem } from '../../../shared/domain';
import { planItem as anyPlanItem } from '../../helpers/plan-fixtures';

/** The renderer tests work on certifications unless they say otherwise. */
export function planItem(overrides: Partial<PlanItem> & Pick<PlanItem, 'id'>): PlanItem {
  return anyPlanItem({ kind: 'certification', ...overrides });
}
