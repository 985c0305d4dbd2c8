import type { ServiceContext } from './context';
import type { ServiceHandlers } from './guard';
import { exportPlanIcs } from './ics-export';
import { itemTrackingHandlers } from './item-tracking-handlers';
import { preferenceHandlers } from './preference-handlers';
import { scheduleHandlers } from './schedule-plan';

type PlanningHandlers = Pick<
  ServiceHandlers,
  | 'updatePlanSchedule'
  | 'replanFromToday'
  | 'pausePlan'
  | 'resumePlan'
  | 'reorderItems'
  | 'updateCertification'
  | 'addDeliverable'
  | 'updateDeliverable'
  | 'deleteDeliverable'
  | 'addEvidenceLink'
  | 'deleteEvidenceLink'
  | 'snoozeReminder'
  | 'setStudySessions'
  | 'getActivity'
  | 'getSettings'
  | 'updateSettings'
  | 'exportPlanIcs'
>;

export function planningHandlers(context: ServiceContext): PlanningHandlers {
  return {
    ...scheduleHandlers(context),
    ...itemTrackingHandlers(context),
    ...preferenceHandlers(context),
    exportPlanIcs: ({ planId }) => exportPlanIcs(context, planId),
  };
}
