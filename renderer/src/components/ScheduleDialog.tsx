import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import type { PlanDetail, ScheduleMode } from '../../../shared/domain';
import { todayIso } from '../../../shared/schedule';
import { isIsoDate } from '../lib/dates';
import { budgetToDraft, readBudgetDraft } from '../newPlan/budgetDraft';
import { previewReschedule } from '../newPlan/schedulePreview';
import { planScheduleStore } from '../stores/planActions';
import { FinishPreview } from './FinishPreview';
import { ScheduleModeChoice } from './ScheduleModeChoice';
import { WeeklyBudgetEditor } from './WeeklyBudgetEditor';

/**
 * Changes a plan's weekly study time, its mode and its target, with the new finish shown as the
 * person types. A native modal dialog, open while it is rendered; `onClose` runs after saving,
 * on Cancel and on Escape.
 */
export function ScheduleDialog({ plan, onClose }: { plan: PlanDetail; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [budget, setBudget] = useState<string[]>(() => budgetToDraft(plan.schedule.budget));
  const [mode, setMode] = useState<ScheduleMode>(plan.schedule.mode);
  const [targetDate, setTargetDate] = useState(plan.targetDate);
  const [triedToSave, setTriedToSave] = useState(false);
  const [today] = useState(() => todayIso(new Date()));

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);

  const reading = readBudgetDraft(budget);
  const targetProblem =
    mode !== 'target'
      ? undefined
      : !isIsoDate(targetDate)
        ? 'Enter a target date.'
        : targetDate < plan.startDate
          ? 'The target date must be on or after the plan’s start date.'
          : undefined;
  const preview = useMemo(
    () =>
      reading.budget === null || targetProblem !== undefined
        ? null
        : previewReschedule(plan, { budget: reading.budget, mode, targetDate }, today),
    [plan, reading.budget, mode, targetDate, targetProblem, today],
  );
  const saving = useStore(planScheduleStore, (s) => s.saving) === 'schedule';

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTriedToSave(true);
    if (reading.budget === null || targetProblem !== undefined || preview === null || !preview.ok) return;
    const saved = await planScheduleStore.getState().updateSchedule(plan.id, {
      budget: reading.budget,
      mode,
      ...(mode === 'target' && { targetDate }),
    });
    if (saved) onClose();
  }

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog schedule-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      <form onSubmit={(event) => void save(event)} noValidate>
        <h2 id={`${id}-title`}>Schedule</h2>
        <p className="field-hint">
          Saving re-plans every unfinished item from today in the plan’s order. Done and skipped items keep
          their dates.
        </p>
        <WeeklyBudgetEditor
          idPrefix={`${id}-budget`}
          value={budget}
          onChange={setBudget}
          showProblems={triedToSave}
        />
        <ScheduleModeChoice
          idPrefix={id}
          mode={mode}
          targetDate={targetDate}
          minTargetDate={plan.startDate}
          targetError={triedToSave ? targetProblem : undefined}
          onModeChange={setMode}
          onTargetChange={setTargetDate}
        />
        <FinishPreview
          id={`${id}-preview`}
          result={preview}
          targetDate={targetDate}
          mode={mode}
          waitingFor="Enter your study time and target to see when you finish."
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            Save and re-plan
          </button>
        </div>
      </form>
    </dialog>
  );
}
