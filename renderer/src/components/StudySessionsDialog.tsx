import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { StudySessions } from '../../../shared/domain';
import { saveStudySessions } from '../app/trackingStores';
import {
  SESSION_WEEKDAYS,
  sessionProblems,
  toggleWeekday,
  type SessionProblems,
} from '../lib/studySessionsForm';
import '../styles/tracking.css';
import { FieldError } from './FieldError';

/**
 * A plan's study-session reminders: on which weekdays, at what time. A native modal dialog,
 * open while it is rendered; `onClose` runs after saving, on Cancel and on Escape.
 */
export function StudySessionsDialog({
  planId,
  value,
  onClose,
}: {
  planId: number;
  value: StudySessions;
  onClose(): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<StudySessions>(value);
  const [problems, setProblems] = useState<SessionProblems>({});
  const [saving, setSaving] = useState(false);
  const id = useId();
  const fieldId = (name: string) => `${id}-${name}`;

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = sessionProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const saved = await saveStudySessions(planId, draft);
    setSaving(false);
    if (saved) onClose();
  }

  const weekdaysErrorId = fieldId('weekdays-error');
  const timeErrorId = fieldId('time-error');

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog study-sessions-dialog"
      aria-labelledby={fieldId('title')}
      onClose={onClose}
    >
      <form onSubmit={(event) => void save(event)} noValidate>
        <h2 id={fieldId('title')}>Study sessions</h2>
        <p className="field-hint">
          StudyPath reminds you to sit down and study on the days and at the time you choose.
        </p>
        <div className="toggle">
          <input
            id={fieldId('enabled')}
            type="checkbox"
            checked={draft.enabled}
            onChange={(event) => setDraft({ ...draft, enabled: event.target.checked })}
          />
          <label htmlFor={fieldId('enabled')}>Remind me of my study sessions</label>
        </div>
        <fieldset
          className="weekday-picker"
          disabled={!draft.enabled}
          aria-describedby={problems.weekdays === undefined ? undefined : weekdaysErrorId}
        >
          <legend>Days</legend>
          {SESSION_WEEKDAYS.map(({ weekday, name }) => (
            <label key={weekday} className="weekday-choice">
              <input
                type="checkbox"
                checked={draft.weekdays.includes(weekday)}
                onChange={(event) =>
                  setDraft({
                    ...draft,
                    weekdays: toggleWeekday(draft.weekdays, weekday, event.target.checked),
                  })
                }
              />
              <span aria-hidden="true">{name.slice(0, 3)}</span>
              <span className="sr-only">{name}</span>
            </label>
          ))}
        </fieldset>
        <FieldError id={weekdaysErrorId} message={problems.weekdays} />
        <div className="field">
          <label htmlFor={fieldId('time')}>Time</label>
          <input
            id={fieldId('time')}
            type="time"
            className="time-input"
            value={draft.time}
            disabled={!draft.enabled}
            aria-invalid={problems.time !== undefined}
            aria-describedby={problems.time === undefined ? undefined : timeErrorId}
            onChange={(event) => setDraft({ ...draft, time: event.target.value })}
          />
          <FieldError id={timeErrorId} message={problems.time} />
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}
