import { useState } from 'react';
import type { PlanItem } from '../../../shared/domain';
import { currentPlanStore, notify } from '../app/appStores';
import { formatInstant, fromDateTimeLocalValue, isIsoDate, toDateTimeLocalValue } from '../lib/dates';
import { ConfirmDialog } from './ConfirmDialog';

/** The editable side of an item: notes, due date, reminder, and removing it. */
export function ChecklistItemDetails({ id, item }: { id: string; item: PlanItem }) {
  const [notes, setNotes] = useState(item.notes);
  const [reminder, setReminder] = useState(toDateTimeLocalValue(item.reminderAt));
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const store = currentPlanStore.getState;
  const fieldId = (name: string) => `${id}-${name}`;

  function saveNotes() {
    if (notes !== item.notes) void store().updateItem(item.id, { notes });
  }

  function saveDueDate(value: string) {
    if (value === '') void store().updateItem(item.id, { dueDate: null });
    else if (isIsoDate(value) && value !== item.dueDate) void store().updateItem(item.id, { dueDate: value });
  }

  async function saveReminder() {
    const reminderAt = fromDateTimeLocalValue(reminder);
    if (reminderAt === null) {
      notify('error', 'Choose a date and time for the reminder.');
      return;
    }
    if (await store().updateItem(item.id, { reminderAt }))
      notify('success', `Reminder set for ${formatInstant(reminderAt)}`);
  }

  async function clearReminder() {
    if (await store().updateItem(item.id, { reminderAt: null })) setReminder('');
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
            defaultValue={item.dueDate ?? ''}
            onChange={(event) => saveDueDate(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={fieldId('reminder')}>Reminder</label>
          <div className="inline-controls">
            <input
              id={fieldId('reminder')}
              type="datetime-local"
              value={reminder}
              onChange={(event) => setReminder(event.target.value)}
            />
            <button type="button" className="button" onClick={() => void saveReminder()}>
              Set<span className="sr-only"> reminder</span>
            </button>
            {item.reminderAt !== null && (
              <button type="button" className="button subtle" onClick={() => void clearReminder()}>
                Clear<span className="sr-only"> reminder</span>
              </button>
            )}
          </div>
          <p className="field-hint">
            {item.reminderAt === null ? 'No reminder set.' : `Reminds you ${formatInstant(item.reminderAt)}.`}
          </p>
        </div>
      </div>
      <div className="details-footer">
        <button type="button" className="button danger-outline" onClick={() => setConfirmingDelete(true)}>
          Delete item<span className="sr-only"> {item.title}</span>
        </button>
      </div>
      <ConfirmDialog
        open={confirmingDelete}
        title="Delete this item?"
        message={`“${item.title}” and its notes will be removed from this plan.`}
        confirmLabel="Delete item"
        onConfirm={() => {
          setConfirmingDelete(false);
          void store().deleteItem(item.id);
        }}
        onDismiss={() => setConfirmingDelete(false)}
      />
    </div>
  );
}
