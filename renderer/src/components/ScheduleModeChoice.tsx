import type { IsoDate, ScheduleMode } from '../../../shared/domain';
import { FieldError } from './FieldError';

/** By a target date (work spread to end on it) or as soon as the weekly study time allows. */
export function ScheduleModeChoice({
  idPrefix,
  mode,
  targetDate,
  minTargetDate,
  targetError,
  onModeChange,
  onTargetChange,
}: {
  idPrefix: string;
  mode: ScheduleMode;
  targetDate: IsoDate;
  minTargetDate: IsoDate | undefined;
  targetError: string | undefined;
  onModeChange(mode: ScheduleMode): void;
  onTargetChange(date: IsoDate): void;
}) {
  const targetId = `${idPrefix}-target`;
  const errorId = `${idPrefix}-target-error`;
  return (
    <>
      <fieldset className="choice-cards schedule-mode">
        <legend>When to finish</legend>
        <label className="choice-card">
          <input
            type="radio"
            name={`${idPrefix}-mode`}
            value="target"
            checked={mode === 'target'}
            onChange={() => onModeChange('target')}
          />
          <span className="choice-card-label">Finish by my target</span>
          <span className="choice-card-hint">
            The work is spread out so you finish on the day you choose.
          </span>
        </label>
        <label className="choice-card">
          <input
            type="radio"
            name={`${idPrefix}-mode`}
            value="asap"
            checked={mode === 'asap'}
            onChange={() => onModeChange('asap')}
          />
          <span className="choice-card-label">As soon as my study time allows</span>
          <span className="choice-card-hint">Every hour of your weekly study time is used.</span>
        </label>
      </fieldset>
      {mode === 'target' && (
        <div className="field target-field">
          <label htmlFor={targetId}>Target date</label>
          <input
            id={targetId}
            type="date"
            value={targetDate}
            min={minTargetDate}
            aria-invalid={targetError !== undefined}
            aria-describedby={targetError === undefined ? undefined : errorId}
            onChange={(event) => onTargetChange(event.target.value)}
          />
          <FieldError id={errorId} message={targetError} />
        </div>
      )}
    </>
  );
}
