import type { PlanDetail } from '../../../shared/domain';
import {
  DEFAULT_WEEKLY_BUDGET,
  defaultEffortHours,
  defaultItemOrder,
  validateWeeklyBudget,
} from '../../../shared/planning';
import { fail, ok, type Result } from '../../../shared/result';
import { copyContentDetails } from '../repo/content-details';
import { insertPlanItem } from '../repo/items';
import { certificationLevelsOf } from '../repo/path-item-levels';
import { findPath, listPathItems } from '../repo/paths';
import {
  deletePlanRow,
  findPlan,
  findPlanSummary,
  insertPlan,
  listPlanSummaries,
  updatePlanRow,
} from '../repo/plans';
import type { ServiceContext } from './context';
import type { HandlerInput, ServiceHandlers } from './guard';
import { loadPlanDetail, todayOf } from './plan-detail';
import { rescheduleFrom, reschedulePlan } from './schedule-plan';

export { loadPlanDetail } from './plan-detail';

type PlanHandlers = Pick<
  ServiceHandlers,
  'listPlans' | 'getPlan' | 'createPlan' | 'updatePlan' | 'deletePlan'
>;

const MAX_LISTED_UNKNOWN_KEYS = 3;

function planNotFound<T>(planId: number): Result<T> {
  return fail('not-found', `There is no plan with id ${planId}.`);
}

/**
 * Copies the chosen content items into a new plan in the default study order, with the
 * content's effort, and fits them into the weekly budget from the start date (or today, when
 * the start date has already passed).
 */
function createPlan(context: ServiceContext, input: HandlerInput<'createPlan'>): Result<PlanDetail> {
  const { db, clock } = context;
  const path = findPath(db, input.pathId);
  if (path === undefined) return fail('not-found', `There is no career path "${input.pathId}".`);
  const pathItems = listPathItems(db, input.pathId);
  const wanted = new Set(input.itemKeys);
  const known = new Set(pathItems.map((item) => item.key));
  const unknown = [...wanted].filter((key) => !known.has(key));
  if (unknown.length > 0) {
    const listed = unknown.slice(0, MAX_LISTED_UNKNOWN_KEYS).join(', ');
    return fail('invalid-argument', `Not items of "${path.title}": ${listed}.`);
  }
  const budget = validateWeeklyBudget(input.budget ?? DEFAULT_WEEKLY_BUDGET);
  if (!budget.ok) return budget;

  const levels = certificationLevelsOf(db, path.id);
  const chosen = defaultItemOrder(
    pathItems
      .filter((item) => wanted.has(item.key))
      .map((item) => ({ item, kind: item.kind, level: levels.get(item.key) ?? null })),
  );
  const planId = insertPlan(db, {
    name: input.name,
    path_id: path.id,
    path_title: path.title,
    start_date: input.startDate,
    target_date: input.targetDate,
    created_at: clock.now().toISOString(),
    budget_json: JSON.stringify(budget.value),
    schedule_mode: input.mode ?? 'target',
  });
  chosen.forEach(({ item }, position) => {
    const itemId = insertPlanItem(db, {
      plan_id: planId,
      content_key: item.key,
      kind: item.kind,
      title: item.title,
      description: item.description,
      status: 'todo',
      completed_at: null,
      notes: '',
      due_date: null,
      reminder_at: null,
      reminder_notified_at: null,
      position,
      effort_hours: defaultEffortHours(item.kind, item.hours),
    });
    copyContentDetails(db, itemId, item.key);
  });
  const plan = findPlan(db, planId);
  if (plan === undefined) return planNotFound(planId);
  const scheduled = reschedulePlan(db, plan, rescheduleFrom(plan, todayOf(clock)));
  return scheduled.ok ? loadPlanDetail(context, planId) : scheduled;
}

export function planHandlers(context: ServiceContext): PlanHandlers {
  const { db, clock } = context;
  return {
    listPlans: () => ok(listPlanSummaries(db, todayOf(clock))),

    getPlan: ({ planId }) => loadPlanDetail(context, planId),

    createPlan: (input) => createPlan(context, input),

    // Item due dates stay as they are: the user may have set them by hand.
    updatePlan: ({ planId, name, startDate, targetDate }) => {
      const plan = findPlan(db, planId);
      if (plan === undefined) return planNotFound(planId);
      const next = {
        id: planId,
        name: name ?? plan.name,
        start_date: startDate ?? plan.start_date,
        target_date: targetDate ?? plan.target_date,
      };
      if (next.target_date < next.start_date) {
        return fail('invalid-argument', 'The target date must not be before the start date.');
      }
      updatePlanRow(db, next);
      const summary = findPlanSummary(db, planId, todayOf(clock));
      return summary === undefined ? planNotFound(planId) : ok(summary);
    },

    deletePlan: ({ planId }) => (deletePlanRow(db, planId) ? ok({ planId }) : planNotFound(planId)),
  };
}
