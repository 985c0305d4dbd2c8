import { useMemo, useState, type FormEvent } from 'react';
import type { ContentItemKind, PathDetail } from '../../../shared/domain';
import { todayIso } from '../../../shared/schedule';
import { navigationStore, plansStore } from '../app/appStores';
import {
  createPlanInput,
  defaultDraft,
  draftPreview,
  hasErrors,
  validateDraft,
  withKindSelected,
  type NewPlanDraft,
} from '../newPlan/newPlanForm';
import { certificationLevels } from '../newPlan/schedulePreview';
import { FieldError } from './FieldError';
import { FinishPreview } from './FinishPreview';
import { NewPlanItemGroup } from './NewPlanItemGroup';
import { ScheduleModeChoice } from './ScheduleModeChoice';
import { ScreenHeading } from './ScreenHeading';
import { WeeklyBudgetEditor } from './WeeklyBudgetEditor';
import { WithOpenPath } from './WithOpenPath';

const groups: ReadonlyArray<{ kind: ContentItemKind; heading: string }> = [
  { kind: 'certification', heading: 'Certifications' },
  { kind: 'tool', heading: 'Tools' },
  { kind: 'project', heading: 'Projects' },
];

export function NewPlanScreen({ pathId }: { pathId: string }) {
  return <WithOpenPath pathId={pathId}>{(path) => <NewPlanForm path={path} />}</WithOpenPath>;
}

function NewPlanForm({ path }: { path: PathDetail }) {
  const [today] = useState(() => todayIso(new Date()));
  const [draft, setDraft] = useState<NewPlanDraft>(() => defaultDraft(path.content.title, path.items, today));
  const [showErrors, setShowErrors] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);

  const levels = useMemo(() => certificationLevels(path), [path]);
  const errors = validateDraft(draft);
  const visibleErrors = showErrors ? errors : {};
  const preview = useMemo(
    () => draftPreview(path.items, levels, draft, today),
    [path.items, levels, draft, today],
  );
  const dueDates = preview?.ok ? preview.preview.dueDates : new Map<string, string>();
  const update = (changes: Partial<NewPlanDraft>) => setDraft((current) => ({ ...current, ...changes }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShowErrors(true);
    if (hasErrors(errors) || submitting || preview === null || !preview.ok) return;
    const input = createPlanInput(path.id, draft, preview.preview);
    if (input === null) return;
    setSubmitting(true);
    setSubmitError(null);
    const result = await plansStore.getState().createPlan(input);
    setSubmitting(false);
    if (result.ok) navigationStore.getState().navigate({ screen: 'plan', planId: result.value.id });
    else setSubmitError(result.error.message);
  }

  return (
    <form className="screen new-plan-screen" noValidate onSubmit={(event) => void submit(event)}>
      <header className="screen-header">
        <div>
          <p className="breadcrumb">
            <a href="#/library">Library</a>
            <span aria-hidden="true"> / </span>
            <a href={`#/paths/${encodeURIComponent(path.id)}`}>{path.content.title}</a>
          </p>
          <ScreenHeading>New study plan</ScreenHeading>
          <p className="lead">
            Pick what to study and how much time you have each week. StudyPath fits the work into your week
            and shows when you will finish.
          </p>
        </div>
      </header>

      <section className="card form-card" aria-labelledby="plan-details-heading">
        <h2 id="plan-details-heading">Plan details</h2>
        <div className="field">
          <label htmlFor="plan-name">Name</label>
          <input
            id="plan-name"
            type="text"
            value={draft.name}
            maxLength={200}
            aria-invalid={visibleErrors.name !== undefined}
            aria-describedby={visibleErrors.name ? 'plan-name-error' : undefined}
            onChange={(event) => update({ name: event.target.value })}
          />
          <FieldError id="plan-name-error" message={visibleErrors.name} />
        </div>
        <div className="field">
          <label htmlFor="plan-start">Start date</label>
          <input
            id="plan-start"
            type="date"
            value={draft.startDate}
            aria-invalid={visibleErrors.startDate !== undefined}
            aria-describedby={visibleErrors.startDate ? 'plan-start-error' : undefined}
            onChange={(event) => update({ startDate: event.target.value })}
          />
          <FieldError id="plan-start-error" message={visibleErrors.startDate} />
        </div>
      </section>

      <section className="card form-card" aria-labelledby="plan-time-heading">
        <h2 id="plan-time-heading">Your study time</h2>
        <WeeklyBudgetEditor
          idPrefix="plan-budget"
          value={draft.budget}
          onChange={(budget) => update({ budget })}
          showProblems={showErrors}
        />
        <ScheduleModeChoice
          idPrefix="plan"
          mode={draft.mode}
          targetDate={draft.targetDate}
          minTargetDate={draft.startDate}
          targetError={visibleErrors.targetDate}
          onModeChange={(mode) => update({ mode })}
          onTargetChange={(targetDate) => update({ targetDate })}
        />
        <FinishPreview
          id="plan-finish-preview"
          result={preview}
          targetDate={draft.targetDate}
          mode={draft.mode}
          waitingFor={
            draft.selectedKeys.size === 0
              ? 'Choose what to study to see when you finish.'
              : 'Enter your dates and study time to see when you finish.'
          }
        />
      </section>

      <section className="card form-card" aria-labelledby="plan-items-heading">
        <h2 id="plan-items-heading">What to study</h2>
        <p className="muted" aria-live="polite">
          {draft.selectedKeys.size} of {path.items.length} items selected
        </p>
        <FieldError id="plan-items-error" message={visibleErrors.items} />
        {groups.map(({ kind, heading }) => {
          const items = path.items.filter((item) => item.kind === kind);
          if (items.length === 0) return null;
          return (
            <NewPlanItemGroup
              key={kind}
              kind={kind}
              heading={heading}
              items={items}
              selectedKeys={draft.selectedKeys}
              dueDates={dueDates}
              onToggle={(key, selected) =>
                setDraft((current) => {
                  const selectedKeys = new Set(current.selectedKeys);
                  if (selected) selectedKeys.add(key);
                  else selectedKeys.delete(key);
                  return { ...current, selectedKeys };
                })
              }
              onSelectKind={(k, selected) =>
                setDraft((current) => ({
                  ...current,
                  selectedKeys: withKindSelected(current.selectedKeys, path.items, k, selected),
                }))
              }
            />
          );
        })}
      </section>

      <footer className="form-footer">
        {submitError !== null && (
          <p className="form-error" role="alert">
            {submitError}
          </p>
        )}
        {showErrors && hasErrors(errors) && (
          <p className="form-error" role="alert">
            {errors.budget !== undefined && Object.keys(errors).length === 1
              ? errors.budget
              : 'Please fix the highlighted fields.'}
          </p>
        )}
        {showErrors && !hasErrors(errors) && preview !== null && !preview.ok && (
          <p className="form-error" role="alert">
            {preview.problem}
          </p>
        )}
        <a className="button subtle" href={`#/paths/${encodeURIComponent(path.id)}`}>
          Cancel
        </a>
        <button type="submit" className="button primary" disabled={submitting}>
          Create plan
        </button>
      </footer>
    </form>
  );
}
