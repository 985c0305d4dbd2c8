import { useEffect, useState, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { toastStore } from '../app/appStores';
import type { Toast } from '../stores/toastStore';

/** Errors stay longer: they usually need reading, and may need acting on. */
const visibleForMs = { info: 8000, success: 5000, error: 12000 } as const;

function ToastMessage({ toast }: { toast: Toast }) {
  const [paused, setPaused] = useState(false);
  const dismiss = () => toastStore.getState().dismiss(toast.id);

  useEffect(() => {
    if (paused) return;
    const timer = window.setTimeout(() => toastStore.getState().dismiss(toast.id), visibleForMs[toast.tone]);
    return () => window.clearTimeout(timer);
  }, [paused, toast.id, toast.tone]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      dismiss();
    }
  }

  return (
    // The container only listens for Escape from the buttons inside it and pauses while in use.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className={`toast toast-${toast.tone}`}
      onKeyDown={onKeyDown}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <div className="toast-text">
        {toast.title !== undefined && <p className="toast-title">{toast.title}</p>}
        <p className="toast-message">{toast.message}</p>
      </div>
      {toast.action !== undefined && (
        <button
          type="button"
          className="button subtle"
          onClick={() => {
            toast.action?.run();
            dismiss();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast-close" onClick={dismiss} aria-label="Dismiss notification">
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

export function ToastRegion() {
  const toasts = useStore(toastStore, (s) => s.toasts);
  return (
    <section className="toast-region" aria-label="Notifications" aria-live="polite" role="status">
      {toasts.map((toast) => (
        <ToastMessage key={toast.id} toast={toast} />
      ))}
    </section>
  );
}
