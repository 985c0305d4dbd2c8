import { useEffect, useId, useRef, useState } from 'react';
import type { PathSummary } from '../../../shared/domain';

export type PlansChoice = 'keep' | 'delete';

function plans(count: number): string {
  return count === 1 ? '1 plan' : `${count} plans`;
}

/**
 * Asks before an imported path leaves the library, and what should happen to the plans built
 * from it. Keeping them is the default: they hold the person's ticks and notes.
 */
export function RemovePathDialog({
  path,
  planCount,
  onRemove,
  onDismiss,
}: {
  path: PathSummary | null;
  planCount: number;
  onRemove(path: PathSummary, plans: PlansChoice): Promise<void>;
  onDismiss(): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const messageId = useId();
  const [choice, setChoice] = useState<PlansChoice>('keep');
  const [busy, setBusy] = useState(false);
  const open = path !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // Cancel takes focus, so Enter never removes anything by accident.
      cancelRef.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  async function confirm(): Promise<void> {
    if (path === null || busy) return;
    setBusy(true);
    try {
      await onRemove(path, planCount > 0 ? choice : 'keep');
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={ref}
      className="confirm-dialog remove-path-dialog"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onClose={() => {
        setChoice('keep');
        onDismiss();
      }}
    >
      {path !== null && (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          <h2 id={titleId}>Remove “{path.title}”?</h2>
          <p id={messageId}>
            The path leaves your library. You can import its file again at any time.
            {planCount === 0 && ' No study plan uses it.'}
          </p>
          {planCount > 0 && (
            <fieldset className="choice-fieldset">
              <legend>
                {plans(planCount)} {planCount === 1 ? 'was' : 'were'} built from this path
              </legend>
              <label className="radio-choice">
                <input
                  type="radio"
                  name="plans"
                  value="keep"
                  checked={choice === 'keep'}
                  onChange={() => setChoice('keep')}
                />
                <span>
                  Keep {planCount === 1 ? 'the plan' : 'the plans'}
                  <span className="radio-hint">Every item, tick, note and date stays as it is.</span>
                </span>
              </label>
              <label className="radio-choice">
                <input
                  type="radio"
                  name="plans"
                  value="delete"
                  checked={choice === 'delete'}
                  onChange={() => setChoice('delete')}
                />
                <span>
                  Delete {planCount === 1 ? 'the plan' : `all ${planCount} plans`}
                  <span className="radio-hint">
                    {planCount === 1 ? 'Its' : 'Their'} progress and notes are deleted too.
                  </span>
                </span>
              </label>
            </fieldset>
          )}
          <div className="dialog-actions">
            <button ref={cancelRef} type="button" className="button" onClick={onDismiss}>
              Cancel
            </button>
            <button type="submit" className="button danger" disabled={busy}>
              {choice === 'delete' && planCount > 0 ? 'Remove path and plans' : 'Remove path'}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
