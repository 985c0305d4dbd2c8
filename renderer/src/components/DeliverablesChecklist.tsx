import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Deliverable, PlanItem } from '../../../shared/domain';
import { itemTracking } from '../app/trackingStores';

function DeliverableRow({ idPrefix, deliverable }: { idPrefix: string; deliverable: Deliverable }) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(deliverable.title);
  // The tick shows at once; if it cannot be saved, the box goes back to what is saved.
  const [ticking, setTicking] = useState<boolean | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  // Enter both saves and removes the input, which can also fire its blur: save once.
  const renameOpen = useRef(false);
  const checkboxId = `${idPrefix}-deliverable-${deliverable.id}`;

  function startRenaming() {
    setTitle(deliverable.title);
    setRenaming(true);
    renameOpen.current = true;
  }

  function finishRenaming(save: boolean, byKey: boolean) {
    if (!renameOpen.current) return;
    renameOpen.current = false;
    setRenaming(false);
    const trimmed = title.trim();
    if (save && trimmed !== '' && trimmed !== deliverable.title)
      void itemTracking.renameDeliverable(deliverable.id, trimmed);
    // The input goes away; from the keyboard, focus returns to the button that opened it.
    if (byKey) requestAnimationFrame(() => renameButton.current?.focus());
  }

  function onRenameKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault();
      finishRenaming(event.key === 'Enter', true);
    }
  }

  return (
    <li className={(ticking ?? deliverable.done) ? 'deliverable is-done' : 'deliverable'}>
      <input
        id={checkboxId}
        type="checkbox"
        checked={ticking ?? deliverable.done}
        onChange={(event) => {
          const done = event.target.checked;
          setTicking(done);
          void itemTracking.setDeliverableDone(deliverable.id, done).finally(() => setTicking(null));
        }}
      />
      {renaming ? (
        <input
          type="text"
          className="deliverable-title-input"
          aria-label={`New name for ${deliverable.title}`}
          value={title}
          maxLength={500}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the person just asked to rename it
          autoFocus
          onChange={(event) => setTitle(event.target.value)}
          onBlur={() => finishRenaming(true, false)}
          onKeyDown={onRenameKeyDown}
        />
      ) : (
        <label htmlFor={checkboxId}>{deliverable.title}</label>
      )}
      <span className="row-actions">
        {!renaming && (
          <button ref={renameButton} type="button" className="button subtle small" onClick={startRenaming}>
            Rename<span className="sr-only"> {deliverable.title}</span>
          </button>
        )}
        <button
          type="button"
          className="button subtle small"
          onClick={() => void itemTracking.deleteDeliverable(deliverable.id)}
        >
          Delete<span className="sr-only"> {deliverable.title}</span>
        </button>
      </span>
    </li>
  );
}

/** A project's sub-checklist of things to hand in. */
export function DeliverablesChecklist({ idPrefix, item }: { idPrefix: string; item: PlanItem }) {
  const [newTitle, setNewTitle] = useState('');
  const done = item.deliverables.filter((deliverable) => deliverable.done).length;
  const newId = `${idPrefix}-new-deliverable`;

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const title = newTitle.trim();
    if (title === '') return;
    if (await itemTracking.addDeliverable(item.id, title)) setNewTitle('');
  }

  return (
    <fieldset className="tracking-section deliverables">
      <legend>
        Deliverables
        {item.deliverables.length > 0 && (
          <span className="count">
            {done}/{item.deliverables.length}
            <span className="sr-only"> done</span>
          </span>
        )}
      </legend>
      {item.deliverables.length === 0 ? (
        <p className="field-hint">No deliverables yet. Add what you will hand in for this project.</p>
      ) : (
        <ul className="deliverable-list">
          {item.deliverables.map((deliverable) => (
            <DeliverableRow key={deliverable.id} idPrefix={idPrefix} deliverable={deliverable} />
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={(event) => void add(event)}>
        <label htmlFor={newId} className="sr-only">
          New deliverable for {item.title}
        </label>
        <input
          id={newId}
          type="text"
          value={newTitle}
          maxLength={500}
          placeholder="Add a deliverable"
          onChange={(event) => setNewTitle(event.target.value)}
        />
        <button type="submit" className="button" disabled={newTitle.trim() === ''}>
          Add<span className="sr-only"> deliverable</span>
        </button>
      </form>
    </fieldset>
  );
}
