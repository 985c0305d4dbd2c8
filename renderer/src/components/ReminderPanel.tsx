import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { ReminderEntry } from '../../../shared/domain';
import { navigationStore, remindersStore } from '../app/appStores';
import { formatDay, formatInstant } from '../lib/dates';
import { LoadError, Loading } from './LoadState';
import { ScreenHeading } from './ScreenHeading';

function whenText(entry: ReminderEntry, overdue: boolean): string {
  if (entry.reason === 'reminder' && entry.reminderAt !== null)
    return `Reminder ${formatInstant(entry.reminderAt)}`;
  if (entry.dueDate !== null) return `${overdue ? 'Was due' : 'Due'} ${formatDay(entry.dueDate)}`;
  return '';
}

function ReminderList({ entries, overdue }: { entries: ReminderEntry[]; overdue: boolean }) {
  return (
    <ul className="reminder-list">
      {entries.map((entry) => (
        <li key={`${entry.itemId}-${entry.reason}`}>
          <button
            type="button"
            className={overdue ? 'reminder-entry overdue' : 'reminder-entry'}
            onClick={() => navigationStore.getState().openPlanItem(entry.planId, entry.itemId)}
          >
            <span className="reminder-title">{entry.title}</span>
            <span className="reminder-plan">{entry.planName}</span>
            <span className="reminder-when">
              {overdue && <span className="sr-only">Overdue: </span>}
              {whenText(entry, overdue)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The Upcoming screen: what is overdue and what is coming up, across every plan. */
export function ReminderPanel() {
  const overview = useStore(remindersStore, (s) => s.overview);
  const status = useStore(remindersStore, (s) => s.status);
  const error = useStore(remindersStore, (s) => s.error);

  useEffect(() => {
    void remindersStore.getState().load();
  }, []);

  if (status === 'error' && error !== null)
    return <LoadError title="Reminders could not be read" message={error} />;

  return (
    <div className="screen upcoming-screen">
      <header className="screen-header">
        <div>
          <ScreenHeading>Upcoming</ScreenHeading>
          <p className="lead">Items that need attention across all your plans. Choose one to open it.</p>
        </div>
      </header>
      {status !== 'ready' ? (
        <Loading label="Loading reminders" />
      ) : (
        <div className="reminder-columns">
          <section className="card" aria-labelledby="overdue-heading">
            <h2 id="overdue-heading">
              Overdue <span className="count">{overview.overdue.length}</span>
            </h2>
            {overview.overdue.length === 0 ? (
              <p className="muted">Nothing overdue. Nicely done.</p>
            ) : (
              <ReminderList entries={overview.overdue} overdue />
            )}
          </section>
          <section className="card" aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">
              Coming up <span className="count">{overview.upcoming.length}</span>
            </h2>
            {overview.upcoming.length === 0 ? (
              <p className="muted">Nothing due in the next two weeks and no reminders set.</p>
            ) : (
              <ReminderList entries={overview.upcoming} overdue={false} />
            )}
          </section>
        </div>
      )}
    </div>
  );
}
