import { useState } from 'react';
import { useStore } from 'zustand';
import type { PlanDetail } from '../../../shared/domain';
import { formatDay } from '../lib/dates';
import { scheduleFacts } from '../../../shared/planning/wording';
import { planScheduleStore } from '../stores/planActions';
import { ScheduleDialog } from './ScheduleDialog';
import { StudySessionsDialog } from './StudySessionsDialog';

/** The schedule at a glance (finish, target, weekly study time, hours left) and the ways to change it. */
export function PlanScheduleSummary({ plan }: { plan: PlanDetail }) {
  const saving = useStore(planScheduleStore, (s) => s.saving);
  const [editing, setEditing] = useState(false);
  const [sessionsOpen, setSessionsOpen] = useState(false);
  const { schedule } = plan;
  const { finish, target, studyTime, remaining } = scheduleFacts(plan, formatDay);

  return (
    <section className="schedule-summary" aria-label="Schedule">
      <dl className="schedule-facts">
        <div>
          <dt>Projected finish</dt>
          <dd className="fact-value">{finish.value}</dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd className="fact-value">{target.value}</dd>
          {target.note !== null && (
            <dd className={`fact-note tone-${target.note.tone}`}>{target.note.text}</dd>
          )}
        </div>
        <div>
          <dt>Study time</dt>
          <dd className="fact-value">{studyTime.value}</dd>
          {studyTime.note !== null && <dd className="fact-note">{studyTime.note.text}</dd>}
        </div>
        <div>
          <dt>Still to study</dt>
          <dd className="fact-value">{remaining.value}</dd>
        </div>
      </dl>
      <div className="schedule-actions">
        <button type="button" className="button" onClick={() => setEditing(true)}>
          Edit schedule…
        </button>
        {schedule.pausedSince === null && (
          <button
            type="button"
            className="button"
            disabled={saving !== null}
            onClick={() => void planScheduleStore.getState().pause(plan.id)}
          >
            Pause plan
          </button>
        )}
        <button type="button" className="button" onClick={() => setSessionsOpen(true)}>
          Study sessions…
        </button>
      </div>
      {editing && <ScheduleDialog plan={plan} onClose={() => setEditing(false)} />}
      {sessionsOpen && (
        <StudySessionsDialog
          planId={plan.id}
          value={plan.studySessions}
          onClose={() => setSessionsOpen(false)}
        />
      )}
    </section>
  );
}
