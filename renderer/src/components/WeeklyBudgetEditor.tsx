import {
  BUDGET_PRESETS,
  budgetToDraft,
  isSameBudget,
  readBudgetDraft,
  type BudgetDraft,
} from '../newPlan/budgetDraft';
import { formatMinutes, WEEKDAYS } from '../planView/format';
import '../styles/schedule.css';
import { FieldError } from './FieldError';

/**
 * Hours of study on each weekday, Monday first, with quick presets. The text of each day is kept
 * as typed, so "1." can become "1.5"; the parent reads it with `readBudgetDraft`.
 */
export function WeeklyBudgetEditor({
  idPrefix,
  value,
  onChange,
  showProblems,
}: {
  idPrefix: string;
  value: BudgetDraft;
  onChange(next: string[]): void;
  /** Day and week problems show once the person tried to go on, or at once for a bad number. */
  showProblems: boolean;
}) {
  const reading = readBudgetDraft(value);
  const total = reading.budget?.reduce((sum, minutes) => sum + minutes, 0) ?? null;
  const weekErrorId = `${idPrefix}-week-error`;
  const totalId = `${idPrefix}-total`;

  return (
    <div className="budget-editor">
      <div className="budget-presets" role="group" aria-label="Quick choices">
        {BUDGET_PRESETS.map((preset) => (
          <button
            key={preset.label}
            type="button"
            className="button preset-button"
            aria-pressed={isSameBudget(reading.budget, preset.budget)}
            onClick={() => onChange(budgetToDraft(preset.budget))}
          >
            {preset.label}
          </button>
        ))}
      </div>
      <fieldset
        className="budget-days"
        aria-describedby={
          reading.weekProblem !== undefined && showProblems ? `${weekErrorId} ${totalId}` : totalId
        }
      >
        <legend>Hours of study on each day</legend>
        {WEEKDAYS.map(({ name, short }, day) => {
          const id = `${idPrefix}-day-${day}`;
          const problem = reading.dayProblems[day];
          return (
            <div key={name} className="budget-day">
              <label htmlFor={id}>
                <span aria-hidden="true">{short}</span>
                <span className="sr-only">{name}</span>
              </label>
              <input
                id={id}
                type="number"
                inputMode="decimal"
                min={0}
                max={16}
                step={0.25}
                value={value[day] ?? ''}
                aria-invalid={problem !== undefined}
                aria-describedby={problem === undefined ? undefined : `${id}-error`}
                onChange={(event) => {
                  const next = [...value];
                  next[day] = event.target.value;
                  onChange(next);
                }}
              />
              <span className="unit" aria-hidden="true">
                h
              </span>
              <FieldError id={`${id}-error`} message={problem} />
            </div>
          );
        })}
      </fieldset>
      <p className="budget-total" id={totalId}>
        {total === null ? 'Fix the hours above to see your week.' : `${formatMinutes(total)} of study a week`}
      </p>
      <FieldError id={weekErrorId} message={showProblems ? reading.weekProblem : undefined} />
    </div>
  );
}
