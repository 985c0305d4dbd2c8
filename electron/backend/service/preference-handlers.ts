/** App settings, a plan's study sessions, and the activity summary across every plan. */
import { format } from 'date-fns';
import { fail, ok } from '../../../shared/result';
import { listCompletions } from '../repo/activity';
import { readSettings, writeSettings } from '../repo/settings';
import { writeStudySessions } from '../repo/study-sessions';
import { DEFAULT_ACTIVITY_WEEKS, summariseActivity } from './activity-summary';
import type { ServiceContext } from './context';
import type { ServiceHandlers } from './guard';
import { loadPlanDetail } from './plan-detail';

type PreferenceHandlers = Pick<
  ServiceHandlers,
  'setStudySessions' | 'getActivity' | 'getSettings' | 'updateSettings'
>;

/** The calendar day an instant fell on where the person is. */
function localDate(instant: Date | string): string {
  return format(new Date(instant), 'yyyy-MM-dd');
}

export function preferenceHandlers({ db, clock }: ServiceContext): PreferenceHandlers {
  return {
    setStudySessions: ({ planId, enabled, weekdays, time }) => {
      if (enabled && weekdays.length === 0) {
        return fail('invalid-argument', 'Choose at least one weekday for your study sessions.');
      }
      if (!writeStudySessions(db, planId, { enabled, weekdays, time })) {
        return fail('not-found', `There is no plan with id ${planId}.`);
      }
      return loadPlanDetail({ db, clock }, planId);
    },

    getActivity: ({ weeks }) =>
      ok(
        summariseActivity(
          listCompletions(db),
          localDate(clock.now()),
          weeks ?? DEFAULT_ACTIVITY_WEEKS,
          localDate,
        ),
      ),

    getSettings: () => ok(readSettings(db)),

    updateSettings: (changes) => {
      writeSettings(db, changes);
      return ok(readSettings(db));
    },
  };
}
