import { useEffect, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { CertificationTracking, ExamResult, PlanItem } from '../../../shared/domain';
import { itemTracking, settingsStore } from '../app/trackingStores';
import { formatDay, isIsoDate } from '../lib/dates';
import { computedExpiry, renewalReminderDate } from '../lib/itemTrackingView';
import { useDraft } from '../lib/useDraft';
import { routeToHash } from '../navigation/routes';
import type { CertificationChanges } from '../stores/itemTracking';

const resultChoices: { value: ExamResult | ''; label: string }[] = [
  { value: '', label: 'No result yet' },
  { value: 'passed', label: 'Passed' },
  { value: 'failed', label: 'Not passed' },
];

function saveOnEnter(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === 'Enter') {
    event.preventDefault();
    event.currentTarget.blur();
  }
}

/** A date field saved when it is left, as typing a year changes the value at each digit. */
function DateField({
  id,
  label,
  saved,
  hint,
  onSave,
}: {
  id: string;
  label: string;
  saved: string | null;
  hint?: string;
  onSave(date: string | null): void;
}) {
  const [value, setValue] = useDraft(saved ?? '');
  function save() {
    if (value === (saved ?? '')) return;
    if (value === '') onSave(null);
    else if (isIsoDate(value)) onSave(value);
    else setValue(saved ?? '');
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        aria-describedby={hint === undefined ? undefined : `${id}-hint`}
        onChange={(event) => setValue(event.target.value)}
        onBlur={save}
        onKeyDown={saveOnEnter}
      />
      {hint !== undefined && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

function TextField({
  id,
  label,
  saved,
  maxLength,
  className,
  placeholder,
  onSave,
}: {
  id: string;
  label: string;
  saved: string;
  maxLength: number;
  className?: string;
  placeholder?: string;
  onSave(text: string): void;
}) {
  const [value, setValue] = useDraft(saved);
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => {
          if (value.trim() !== saved) onSave(value.trim());
        }}
        onKeyDown={saveOnEnter}
      />
    </div>
  );
}

function ValidityField({
  id,
  saved,
  onSave,
}: {
  id: string;
  saved: number | null;
  onSave(years: number | null): void;
}) {
  const [value, setValue] = useDraft(saved === null ? '' : String(saved));
  function save() {
    const text = value.trim();
    if (text === '') {
      if (saved !== null) onSave(null);
      return;
    }
    const years = Number(text);
    if (Number.isInteger(years) && years >= 1 && years <= 10) {
      if (years !== saved) onSave(years);
    } else {
      setValue(saved === null ? '' : String(saved));
    }
  }
  return (
    <div className="field validity-field">
      <label htmlFor={id}>Valid for (years)</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={10}
        step={1}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setValue(event.target.value)}
        onBlur={save}
        onKeyDown={saveOnEnter}
      />
      <p className="field-hint" id={`${id}-hint`}>
        From the career path. Empty when it does not expire.
      </p>
    </div>
  );
}

function expiryHint(record: CertificationTracking): string {
  if (record.expiresDate === null)
    return record.validityYears === null
      ? 'Does not expire, unless you set a date.'
      : 'Worked out once you record the date earned.';
  return record.expiresDate === computedExpiry(record.earnedDate, record.validityYears)
    ? 'Worked out from the date earned and validity.'
    : 'Set by hand. Clear it to work it out again.';
}

function RenewalReminder({ expiresDate }: { expiresDate: string | null }) {
  const reminderDays = useStore(settingsStore, (s) => s.settings?.renewalReminderDays ?? null);
  useEffect(() => {
    void settingsStore.getState().ensureLoaded();
  }, []);
  if (expiresDate === null || reminderDays === null) return null;
  const reminder = renewalReminderDate(expiresDate, reminderDays);
  if (reminder === null) return null;
  return (
    <p className="renewal-reminder">
      Renewal reminder on {formatDay(reminder)}, {reminderDays} days before it expires on{' '}
      {formatDay(expiresDate)}. <a href={routeToHash({ screen: 'preferences' })}>Change how early</a>
    </p>
  );
}

/** A certification's exam booking, result and validity. */
export function CertificationRecord({ idPrefix, item }: { idPrefix: string; item: PlanItem }) {
  const record = item.certification;
  if (record === null) return null;
  const fieldId = (name: string) => `${idPrefix}-cert-${name}`;
  const save = (changes: CertificationChanges) => void itemTracking.updateCertification(item.id, changes);
  const passedNotEarned = record.result === 'passed' && record.earnedDate === null;

  return (
    <fieldset className="tracking-section certification-record">
      <legend>Exam and certificate</legend>
      <div className="details-grid">
        <DateField
          id={fieldId('exam-date')}
          label="Exam date"
          saved={record.examDate}
          hint="You get a reminder the morning before."
          onSave={(examDate) => save({ examDate })}
        />
        <TextField
          id={fieldId('booking')}
          label="Booking or voucher note"
          className="grow"
          saved={record.bookingNote}
          maxLength={500}
          placeholder="Test centre, booking reference, voucher code…"
          onSave={(bookingNote) => save({ bookingNote })}
        />
      </div>
      <div className="details-grid">
        <div className="field">
          <label htmlFor={fieldId('result')}>Result</label>
          <select
            id={fieldId('result')}
            value={record.result ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              save({ result: value === 'passed' || value === 'failed' ? value : null });
            }}
          >
            {resultChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id={fieldId('score')}
          label="Score"
          className="score-field"
          saved={record.score}
          maxLength={50}
          placeholder="812/1000"
          onSave={(score) => save({ score })}
        />
        <DateField
          id={fieldId('earned')}
          label="Date earned"
          saved={record.earnedDate}
          hint={passedNotEarned ? 'Add it to tick the certification off.' : undefined}
          onSave={(earnedDate) => save({ earnedDate })}
        />
        <ValidityField
          id={fieldId('validity')}
          saved={record.validityYears}
          onSave={(validityYears) => save({ validityYears })}
        />
        <DateField
          id={fieldId('expires')}
          label="Expires"
          saved={record.expiresDate}
          hint={expiryHint(record)}
          onSave={(expiresDate) => save({ expiresDate })}
        />
      </div>
      <RenewalReminder expiresDate={record.expiresDate} />
    </fieldset>
  );
}
