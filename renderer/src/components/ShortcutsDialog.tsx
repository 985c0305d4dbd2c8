import { Fragment, useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { checklistKeys, chordKeys, shortcuts } from '../app/shortcuts';
import { shortcutsDialogStore } from '../app/uiStores';
import { isMac } from '../lib/platform';

function Keys({ keys }: { keys: string[] }) {
  return (
    <span className="key-combo">
      {keys.map((key, index) => (
        <Fragment key={key}>
          {index > 0 && !isMac && <span aria-hidden="true">+</span>}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

function Alternatives({ combos }: { combos: string[][] }) {
  return combos.map((keys, index) => (
    <Fragment key={keys.join(' ')}>
      {index > 0 && <span className="key-or"> or </span>}
      <Keys keys={keys} />
    </Fragment>
  ));
}

function ShortcutTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { label: string; combos: string[][] }[];
}) {
  return (
    <table className="shortcut-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Keys</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>
              <Alternatives combos={row.combos} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The keyboard shortcut cheat sheet, a native modal dialog (Escape closes it). */
export function ShortcutsDialog() {
  const open = useStore(shortcutsDialogStore, (s) => s.open);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  const close = () => shortcutsDialogStore.getState().close();
  const anywhere = shortcuts.map((shortcut) => ({
    label: shortcut.label,
    combos: shortcut.chords.map((chord) => chordKeys(chord, isMac)),
  }));
  const checklist = checklistKeys(isMac).map((row) => ({ label: row.label, combos: row.keys }));

  return (
    <dialog ref={ref} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={close}>
      <div className="shortcuts-header">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </div>
      {open && (
        <div className="shortcuts-body">
          <ShortcutTable caption="Anywhere in StudyPath" rows={anywhere} />
          <p className="field-hint">
            While you type in a field, Undo and Redo change that field’s text, and ? types a question mark.
          </p>
          <ShortcutTable caption="In a plan’s checklist" rows={checklist} />
        </div>
      )}
    </dialog>
  );
}
