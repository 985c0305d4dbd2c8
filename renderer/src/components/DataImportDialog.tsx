import { useEffect, useId, useRef, type SyntheticEvent } from 'react';
import type { DataImportMode } from '../../../shared/domain';
import { formatInstant } from '../lib/dates';
import { describeImportCounts, type PendingImport } from '../stores/dataTransferStore';

const modes: { mode: DataImportMode; label: string; explanation: string }[] = [
  {
    mode: 'merge',
    label: 'Add to what is here',
    explanation:
      'Brings in the plans this computer does not have yet. Plans already here, and your progress in them, stay as they are.',
  },
  {
    mode: 'replace',
    label: 'Replace everything here',
    explanation:
      'Removes every plan and imported career path on this computer and puts the file’s in their place. Built-in career paths stay.',
  },
];

function ImportSummary({ pending }: { pending: PendingImport }) {
  const { preview } = pending;
  if (preview === null) {
    return pending.error === null ? <p className="import-summary-status">Reading the file…</p> : null;
  }
  const changes = describeImportCounts(preview.counts);
  return (
    <>
      <p className="import-summary-status">Exported on {formatInstant(preview.exportedAt)}.</p>
      {changes.length > 0 ? (
        <ul className="import-counts" aria-label="What this import changes">
          {changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>Nothing changes: everything in the file is already here.</p>
      )}
      {preview.warnings.length > 0 && (
        <ul className="import-warnings" aria-label="Warnings">
          {preview.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The preview of a data import: how to import, what will change, and the final "Import". */
export function DataImportDialog({
  pending,
  onModeChange,
  onConfirm,
  onDismiss,
}: {
  pending: PendingImport | null;
  onModeChange(mode: DataImportMode): void;
  onConfirm(): void;
  onDismiss(): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const summaryId = useId();
  const hintId = useId();
  const open = pending !== null;
  const importing = pending?.importing ?? false;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  // Escape must not close the dialog while the import is being written.
  function onCancel(event: SyntheticEvent<HTMLDialogElement>) {
    if (importing) event.preventDefault();
  }

  return (
    <dialog
      ref={ref}
      className="confirm-dialog data-import-dialog"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      onCancel={onCancel}
      onClose={onDismiss}
    >
      {pending !== null && (
        <>
          <h2 id={titleId}>Import {pending.fileName}?</h2>
          <fieldset className="import-modes" disabled={importing}>
            <legend>How to import</legend>
            {modes.map(({ mode, label, explanation }) => (
              <div key={mode} className="import-mode">
                <label className="import-mode-label">
                  <input
                    type="radio"
                    name="data-import-mode"
                    value={mode}
                    checked={pending.mode === mode}
                    onChange={() => onModeChange(mode)}
                    aria-describedby={`${hintId}-${mode}`}
                  />
                  {label}
                </label>
                <p id={`${hintId}-${mode}`} className="field-hint">
                  {explanation}
                </p>
              </div>
            ))}
          </fieldset>
          <div id={summaryId} className="import-summary" aria-live="polite">
            <ImportSummary pending={pending} />
          </div>
          <p className="field-hint">
            A backup of this computer’s data is made first, so you can go back from Backups.
          </p>
          {pending.error !== null && (
            <p className="form-error" role="alert">
              {pending.error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onDismiss} disabled={importing}>
              Cancel
            </button>
            <button
              type="button"
              className={pending.mode === 'replace' ? 'button danger' : 'button primary'}
              onClick={onConfirm}
              disabled={pending.preview === null || importing}
            >
              {importing ? 'Importing…' : 'Import'}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
