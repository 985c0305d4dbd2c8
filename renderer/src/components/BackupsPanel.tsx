import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { BackupInfo } from '../../../shared/domain';
import { backupsStore } from '../app/appStores';
import { formatInstant } from '../lib/dates';
import { backupKindInWords, formatBackupSize } from '../stores/backupsStore';
import { ConfirmDialog } from './ConfirmDialog';
import { Loading } from './LoadState';

function BackupRow({
  backup,
  disabled,
  onRestore,
}: {
  backup: BackupInfo;
  disabled: boolean;
  onRestore(): void;
}) {
  const made = formatInstant(backup.createdAt);
  return (
    <tr>
      <td>{made}</td>
      <td>{backupKindInWords(backup.kind)}</td>
      <td className="backup-size">{formatBackupSize(backup.sizeBytes)}</td>
      <td className="backup-action">
        <button type="button" className="button subtle" onClick={onRestore} disabled={disabled}>
          Restore…<span className="sr-only"> the backup from {made}</span>
        </button>
      </td>
    </tr>
  );
}

/** The backups in the data folder, a way to make one now, and a way back to any of them. */
export function BackupsPanel() {
  const backups = useStore(backupsStore, (s) => s.backups);
  const status = useStore(backupsStore, (s) => s.status);
  const error = useStore(backupsStore, (s) => s.error);
  const busy = useStore(backupsStore, (s) => s.busy);
  const [toRestore, setToRestore] = useState<BackupInfo | null>(null);

  useEffect(() => {
    void backupsStore.getState().load();
  }, []);

  const confirmRestore = () => {
    const backup = toRestore;
    setToRestore(null);
    if (backup !== null) void backupsStore.getState().restore(backup);
  };

  return (
    <section className="panel backups-panel" aria-labelledby="backups-heading" aria-busy={busy !== null}>
      <div className="panel-header">
        <div>
          <h2 id="backups-heading">Backups</h2>
          <p className="panel-lead">
            StudyPath backs up your plans and progress by itself once a day, and before every restore, import
            or update. It keeps a week of daily backups and one a week for the last month.
          </p>
        </div>
        <button
          type="button"
          className="button primary"
          onClick={() => void backupsStore.getState().backUpNow()}
          disabled={busy !== null}
        >
          {busy === 'backing-up' ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      {status === 'error' && error !== null ? (
        <p className="backups-error" role="alert">
          The backups could not be listed: {error}
        </p>
      ) : status !== 'ready' ? (
        <Loading label="Loading backups" />
      ) : backups.length === 0 ? (
        <p className="muted">No backups yet.</p>
      ) : (
        <table className="backup-table">
          <caption className="sr-only">Backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Kind</th>
              <th scope="col" className="backup-size">
                Size
              </th>
              <th scope="col">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <BackupRow
                key={backup.fileName}
                backup={backup}
                disabled={busy !== null}
                onRestore={() => setToRestore(backup)}
              />
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={toRestore !== null}
        title="Restore this backup?"
        message={
          toRestore === null
            ? ''
            : `Your plans, ticks, notes and reminders will be replaced by the backup from ${formatInstant(toRestore.createdAt)}. ` +
              'StudyPath first backs up what you have now, so you can go back to it by restoring that backup.'
        }
        confirmLabel="Restore"
        onConfirm={confirmRestore}
        onDismiss={() => setToRestore(null)}
      />
    </section>
  );
}
