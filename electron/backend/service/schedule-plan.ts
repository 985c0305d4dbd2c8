/**
 * Fitting a plan into the person's week: changing the budget, mode or target, re-planning,
 * pausing and resuming, and reordering. Each one rewrites the dates of the unfinished items
 * with the pure scheduler in shared/planning; done and skipped items never move.
 */
import type { IsoDate, PlanDetail } from '../../../shared/domain';
import {
  isUnfinished,
  scheduleItems,
  scheduleStart,
  shiftForPause,
  validateWeeklyBudget,
} from '../../../shared/planning';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../db';
import { listItemSchedules, writeItemDates, writeItemPositions } from '../repo/item-schedule';
import { findPlan, planBudget, setPlanPausedSince, updatePlanScheduleRow, type PlanRow } from '../repo/plans';
import type { ServiceContext } from './context';
import type { ServiceHandlers } from './guard';
import { loadPlanDetail, todayOf } from './plan-detail';

type ScheduleHandlers = Pick<
  ServiceHandlers,
  'updatePlanSchedule' | 'replanFromToday' | 'pausePlan' | 'resumePlan' | 'reorderItems'
>;

/**
 * The first day a re-plan can use: the start date, or today once the plan has started. While a
 * plan is paused its time stands still on the day it was paused, so a schedule made during the
 * pause lands, after the resume shift, where a schedule made on the day of the resume would.
 */
export function rescheduleFrom(plan: Pick<PlanRow, 'start_date' | 'paused_since'>, today: IsoDate): IsoDate {
  return scheduleStart(plan.start_date, plan.paused_since ?? today);
}

/** New start and due dates for every unfinished item of the plan, in plan order, from `from`. */
export function reschedulePlan(db: Database, plan: PlanRow, from: IsoDate): Result<void> {
  const outcome = scheduleItems({
    items: listItemSchedules(db, plan.id),
    budget: planBudget(plan),
    mode: plan.schedule_mode,
    from,
    targetDate: plan.target_date,
  });
  if (!outcome.ok) return outcome;
  writeItemDates(
    db,
    outcome.value.items.filter((item) => isUnfinished(item.status)),
  );
  return ok(undefined);
}

function planNotFound<T>(planId: number): Result<T> {
  return fail('not-found', `There is no plan with id ${planId}.`);
}

/** `ids` must name every item of the plan exactly once. */
function checkNewOrder(currentIds: readonly number[], ids: readonly number[]): Result<void> {
  const current = new Set(currentIds);
  const given = new Set(ids);
  if (given.size !== ids.length) {
    return fail('invalid-argument', 'The new order names an item more than once.');
  }
  const foreign = ids.filter((id) => !current.has(id));
  if (foreign.length > 0) {
    return fail('invalid-argument', `Not items of this plan: ${foreign.slice(0, 3).join(', ')}.`);
  }
  if (given.size !== current.size) {
    const missing = currentIds.filter((id) => !given.has(id)).length;
    return fail(
      'invalid-argument',
      `The new order leaves out ${missing} of the plan's ${current.size} items; it must list every item.`,
    );
  }
  return ok(undefined);
}

export function scheduleHandlers(context: ServiceContext): ScheduleHandlers {
  const { db, clock } = context;

  /** Runs `change` on an existing plan, then answers with the plan as it now stands. */
  const withPlan =
    <I extends { planId: number }>(change: (plan: PlanRow, input: I, today: IsoDate) => Result<void>) =>
    (input: I): Result<PlanDetail> => {
      const plan = findPlan(db, input.planId);
      if (plan === undefined) return planNotFound(input.planId);
      const changed = change(plan, input, todayOf(clock));
      return changed.ok ? loadPlanDetail(context, plan.id) : changed;
    };

  return {
    updatePlanSchedule: withPlan((plan, { budget, mode, targetDate }, today) => {
      const checked = validateWeeklyBudget(budget ?? planBudget(plan));
      if (!checked.ok) return checked;
      const target = targetDate ?? plan.target_date;
      if (target < plan.start_date) {
        return fail('invalid-argument', 'The target date must not be before the start date.');
      }
      const edits = {
        id: plan.id,
        budget_json: JSON.stringify(checked.value),
        schedule_mode: mode ?? plan.schedule_mode,
        target_date: target,
      };
      updatePlanScheduleRow(db, edits);
      return reschedulePlan(db, { ...plan, ...edits }, rescheduleFrom(plan, today));
    }),

    replanFromToday: withPlan((plan, _input, today) => reschedulePlan(db, plan, rescheduleFrom(plan, today))),

    pausePlan: withPlan((plan, _input, today) => {
      if (plan.paused_since !== null) {
        return fail('invalid-argument', `This plan is already paused (since ${plan.paused_since}).`);
      }
      setPlanPausedSince(db, plan.id, today);
      return ok(undefined);
    }),

    resumePlan: withPlan((plan, _input, today) => {
      if (plan.paused_since === null) return fail('invalid-argument', 'This plan is not paused.');
      const shifted = shiftForPause(listItemSchedules(db, plan.id), plan.paused_since, today);
      writeItemDates(
        db,
        shifted.filter((item) => isUnfinished(item.status)),
      );
      setPlanPausedSince(db, plan.id, null);
      return ok(undefined);
    }),

    reorderItems: withPlan((plan, { itemIds }, today) => {
      const checked = checkNewOrder(
        listItemSchedules(db, plan.id).map((item) => item.id),
        itemIds,
      );
      if (!checked.ok) return checked;
      writeItemPositions(db, itemIds);
      return reschedulePlan(db, plan, rescheduleFrom(plan, today));
    }),
  };
}
