import type { IsoDate, PlanDetail } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import { todayIso } from '../../../shared/schedule';
import type { Clock } from '../clock';
import { listPlanItems } from '../repo/items';
import { findPlan, findPlanSummary, planStudySessions } from '../repo/plans';
import type { ServiceContext } from './context';

/** The person's local calendar date: what is due, behind or scheduled is counted from it. */
export function todayOf(clock: Clock): IsoDate {
  return todayIso(clock.now());
}

/** The plan with its items and schedule as of the clock's today. */
export function loadPlanDetail(
  { db, clock }: Pick<ServiceContext, 'db' | 'clock'>,
  planId: number,
): Result<PlanDetail> {
  const plan = findPlan(db, planId);
  const summary = plan === undefined ? undefined : findPlanSummary(db, planId, todayOf(clock));
  if (plan === undefined || summary === undefined) {
    return fail('not-found', `There is no plan with id ${planId}.`);
  }
  return ok({ ...summary, items: listPlanItems(db, planId), studySessions: planStudySessions(plan) });
}
