import { useStore } from 'zustand';
import { backupsStore } from '../app/appStores';

/** Tells the person, once, that their data was damaged at start and what StudyPath did about it. */
export function StartupNoticeBanner() {
  const notice = useStore(backupsStore, (s) => s.startupNotice);
  if (notice === null) return null;
  return (
    <div className={`startup-notice startup-notice-${notice.kind}`} role="alert">
      <div className="startup-notice-text">
        <p className="startup-notice-title">
          {notice.kind === 'recovered'
            ? 'Your data was restored from a backup'
            : 'Your data could not be recovered'}
        </p>
        <p>{notice.message}</p>
      </div>
      <button type="button" className="button" onClick={() => backupsStore.getState().dismissStartupNotice()}>
        Dismiss
      </button>
    </div>
  );
}
