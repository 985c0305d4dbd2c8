import type { PlanDetail } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import { spreadDueDates } from '../../../shared/schedule';
import type { Database } from '../db';
import { insertPlanItem, listPlanItems } from '../repo/items';
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

type PlanHandlers = Pick<
  ServiceHandlers,
  'listPlans' | 'getPlan' | 'createPlan' | 'updatePlan' | 'deletePlan'
>;

const MAX_LISTED_UNKNOWN_KEYS = 3;

function planNotFound<T>(planId: number): Result<T> {
  return fail('not-found', `There is no plan with id ${planId}.`);
}

export function loadPlanDetail(db: Database, planId: number): Result<PlanDetail> {
  const summary = findPlanSummary(db, planId);
  if (summary === undefined) return planNotFound(planId);
  return ok({ ...summary, items: listPlanItems(db, planId) });
}

/** Copies the chosen content items, in path order, into a new plan with spread due dates. */
function createPlan({ db, clock }: ServiceContext, input: HandlerInput<'createPlan'>): Result<PlanDetail> {
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

  const chosen = pathItems.filter((item) => wanted.has(item.key));
  const dueDates = spreadDueDates(chosen.length, input.startDate, input.targetDate);
  const planId = insertPlan(db, {
    name: input.name,
    path_id: path.id,
    path_title: path.title,
    start_date: input.startDate,
    target_date: input.targetDate,
    created_at: clock.now().toISOString(),
  });
  chosen.forEach((item, position) => {
    insertPlanItem(db, {
      plan_id: planId,
      content_key: item.key,
      kind: item.kind,
      title: item.title,
      description: item.description,
      status: 'todo',
      completed_at: null,
      notes: '',
      due_date: dueDates[position] ?? null,
      reminder_at: null,
      reminder_notified_at: null,
      position,
    });
  });
  return loadPlanDetail(db, planId);
}

export function planHandlers(context: ServiceContext): PlanHandlers {
  const { db } = context;
  return {
    listPlans: () => ok(listPlanSummaries(db)),

    getPlan: ({ planId }) => loadPlanDetail(db, planId),

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
      const summary = findPlanSummary(db, planId);
      return summary === undefined ? planNotFound(planId) : ok(summary);
    },

    deletePlan: ({ planId }) => (deletePlanRow(db, planId) ? ok({ planId }) : planNotFound(planId)),
  };
}
