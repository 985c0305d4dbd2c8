import { useState, type KeyboardEvent } from 'react';
import type { PlanItem } from '../../../shared/domain';
import { itemEdits } from '../app/uiStores';
import {
  MAX_EFFORT_HOURS,
  MIN_EFFORT_HOURS,
  effortFieldValue,
  parseEffortHours,
} from '../lib/itemTrackingView';
import { useDraft } from '../lib/useDraft';
import { FieldError } from './FieldError';

/** The item's estimated hours, which the schedule plans with. */
export function EffortField({ id, item }: { id: string; item: PlanItem }) {
  const [value, setValue] = useDraft(effortFieldValue(item.effortHours));
  const [error, setError] = useState<string | undefined>(undefined);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  function save() {
    const parsed = parseEffortHours(value);
    if ('problem' in parsed) {
      setError(parsed.problem);
      setValue(effortFieldValue(item.effortHours));
      return;
    }
    setError(undefined);
    if (parsed.hours !== item.effortHours) void itemEdits.edit(item, { effortHours: parsed.hours });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    }
  }

  return (
    <div className="field effort-field">
      <label htmlFor={id}>Effort estimate (hours)</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={MIN_EFFORT_HOURS}
        max={MAX_EFFORT_HOURS}
        step={0.25}
        value={value}
        aria-invalid={error !== undefined}
        aria-describedby={error === undefined ? hintId : `${errorId} ${hintId}`}
        onChange={(event) => setValue(event.target.value)}
        onBlur={save}
        onKeyDown={onKeyDown}
      />
      <FieldError id={errorId} message={error} />
      <p className="field-hint" id={hintId}>
        The schedule plans this many hours of study.
      </p>
    </div>
  );
}
