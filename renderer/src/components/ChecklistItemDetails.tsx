import { useRef, useState, type KeyboardEvent } from 'react';
import type { PlanItem } from '../../../shared/domain';
import { notify } from '../app/appStores';
import { itemEdits } from '../app/uiStores';
import { formatInstant, fromDateTimeLocalValue, isIsoDate, toDateTimeLocalValue } from '../lib/dates';
import { useDraft } from '../lib/useDraft';
import { EffortField } from './EffortField';
import { FieldError } from './FieldError';
import { ItemTrackingDetails } from './ItemTrackingDetails';
import { SnoozeButtons } from './SnoozeButtons';

/** The editable side of an item: title, notes, due date, reminder, and removing it. */
export function ChecklistItemDetails({
  id,
  item,
  onRequestDelete,
}: {
  id: string;
  item: PlanItem;
  onRequestDelete(item: PlanItem): void;
}) {
  const [title, setTitle] = useDraft(item.title);
  const [notes, setNotes] = useDraft(item.notes);
  const [dueDate, setDueDate] = useDraft(item.dueDate ?? '');
  const [reminder, setReminder] = useDraft(toDateTimeLocalValue(item.reminderAt));
  const [titleError, setTitleError] = useState<string | undefined>(undefined);
  // Enter saves and so does leaving the field; a title already on its way is not sent twice.
  const sentTitle = useRef<string | null>(null);
  const fieldId = (name: string) => `${id}-${name}`;

  function saveTitle() {
    const trimmed = title.trim();
    if (trimmed === '') {
      setTitleError(`An item needs a title, so it stays “${item.title}”.`);
      setTitle(item.title);
      return;
    }
    setTitleError(undefined);
    if (trimmed === item.title || trimmed === sentTitle.current) return;
    sentTitle.current = trimmed;
    void itemEdits.edit(item, { title: trimmed }).finally(() => (sentTitle.current = null));
  }

  function onTitleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      saveTitle();
    }
  }

  function saveNotes() {
    if (notes !== item.notes) void itemEdits.edit(item, { notes });
  }

  // Saved when the field is left, not on every change: typing a year changes the value at each digit.
  function saveDueDate() {
    const saved = item.dueDate ?? '';
    if (dueDate === saved) return;
    if (dueDate === '') void itemEdits.edit(item, { dueDate: null });
    else if (isIsoDate(dueDate)) void itemEdits.edit(item, { dueDate });
    else setDueDate(saved);
  }

  function saveReminder() {
    const reminderAt = fromDateTimeLocalValue(reminder);
    if (reminderAt === null) {
      notify('error', 'Choose a date and time for the reminder.');
      return;
    }
    if (reminderAt !== item.reminderAt) void itemEdits.edit(item, { reminderAt });
  }

  return (
    <div className="item-details" id={id}>
      {item.description !== '' && <p className="item-description">{item.description}</p>}
      {item.orphaned && (
        <p className="notice">
          This item was removed from the career path when it was updated. Your progress on it is kept; delete
          it if you no longer need it.
        </p>
      )}
      <div className="details-grid">
        <div className="field title-field">
          <label htmlFor={fieldId('title')}>Title</label>
          <input
            id={fieldId('title')}
            type="text"
            value={title}
            maxLength={500}
            aria-invalid={titleError !== undefined}
            aria-describedby={titleError === undefined ? undefined : fieldId('title-error')}
            onChange={(event) => setTitle(event.target.value)}
            onBlur={saveTitle}
            onKeyDown={onTitleKeyDown}
          />
          <FieldError id={fieldId('title-error')} message={titleError} />
        </div>
        <div className="field notes-field">
          <label htmlFor={fieldId('notes')}>Notes</label>
          <textarea
            id={fieldId('notes')}
            rows={3}
            value={notes}
            maxLength={20000}
            placeholder="What you learned, links to your work, next steps…"
            onChange={(event) => setNotes(event.target.value)}
            onBlur={saveNotes}
          />
        </div>
        <div className="field">
          <label htmlFor={fieldId('due')}>Due date</label>
          <input
            id={fieldId('due')}
            type="date"
            value={dueDate}
            onChange={(event) => setDueDate(event.target.value)}
            onBlur={saveDueDate}
          />
        </div>
        <EffortField id={fieldId('effort')} item={item} />
        <div className="field">
          <label htmlFor={fieldId('reminder')}>Reminder</label>
          <div className="inline-controls">
            <input
              id={fieldId('reminder')}
              type="datetime-local"
              value={reminder}
              onChange={(event) => setReminder(event.target.value)}
            />
            <button type="button" className="button" onClick={saveReminder}>
              Set<span className="sr-only"> reminder</span>
            </button>
            {item.reminderAt !== null && (
              <button
                type="button"
                className="button subtle"
                onClick={() => void itemEdits.edit(item, { reminderAt: null })}
              >
                Clear<span className="sr-only"> reminder</span>
              </button>
            )}
          </div>
          <p className="field-hint">
            {item.reminderAt === null ? 'No reminder set.' : `Reminds you ${formatInstant(item.reminderAt)}.`}
          </p>
          <SnoozeButtons item={item} />
        </div>
      </div>
      <ItemTrackingDetails idPrefix={id} item={item} />
      <div className="details-footer">
        <button type="button" className="button danger-outline" onClick={() => onRequestDelete(item)}>
          Delete item<span className="sr-only"> {item.title}</span>
        </button>
      </div>
    </div>
  );
}
