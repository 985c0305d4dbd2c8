import type { PlannerApi } from '../../../shared/contract';
import type { PlanDetail, StudySessions } from '../../../shared/domain';
import type { Notify } from './toastStore';
import { describeSessions } from '../lib/studySessionsForm';

export interface StudySessionsDeps {
  api: Pick<PlannerApi, 'setStudySessions'>;
  notify: Notify;
  /** Puts the plan the back end returned in place of the one on screen. */
  applyPlan(plan: PlanDetail): void;
}

/** Saves a plan's study-session reminders; resolves to true when saved. */
export function createStudySessionsSaver({ api, notify, applyPlan }: StudySessionsDeps) {
  return async function saveStudySessions(planId: number, sessions: StudySessions): Promise<boolean> {
    const result = await api.setStudySessions({ planId, ...sessions });
    if (!result.ok) {
      notify('error', `Not saved: ${result.error.message}`);
      return false;
    }
    applyPlan(result.value);
    const saved = result.value.studySessions;
    notify(
      'success',
      saved.enabled ? `Study sessions: ${describeSessions(saved)}` : 'Study session reminders are off',
    );
    return true;
  };
}
