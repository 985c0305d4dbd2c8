import { useState, type FormEvent } from 'react';
import { currentPlanStore } from '../app/appStores';
import { isIsoDate } from '../lib/dates';
import { FieldError } from './FieldError';

/** Adds a custom item (a course, a book, a meetup...) to the open plan. */
export function AddItemForm() {
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (title.trim() === '') {
      setError('Give the item a title.');
      return;
    }
    if (dueDate !== '' && !isIsoDate(dueDate)) {
      setError('Enter a valid due date, or leave it empty.');
      return;
    }
    setError(undefined);
    setSaving(true);
    const added = await currentPlanStore.getState().addCustomItem({
      title: title.trim(),
      dueDate: dueDate === '' ? null : dueDate,
    });
    setSaving(false);
    if (added) {
      setTitle('');
      setDueDate('');
    }
  }

  return (
    <section className="card add-item" aria-labelledby="add-item-heading">
      <h2 id="add-item-heading">Add your own item</h2>
      <form className="add-item-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field grow">
          <label htmlFor="add-item-title">Title</label>
          <input
            id="add-item-title"
            type="text"
            value={title}
            maxLength={500}
            placeholder="e.g. Finish a networking course"
            aria-invalid={error !== undefined}
            aria-describedby={error ? 'add-item-error' : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="add-item-due">Due date (optional)</label>
          <input
            id="add-item-due"
            type="date"
            value={dueDate}
            onChange={(event) => setDueDate(event.target.value)}
          />
        </div>
        <button type="submit" className="button primary" disabled={saving}>
          Add item
        </button>
      </form>
      <FieldError id="add-item-error" message={error} />
    </section>
  );
}
