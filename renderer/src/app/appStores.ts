/** The app's store instances, wired to the real back end and to each other. */
import { planner } from '../api';
import { parseRoute, routeToHash } from '../navigation/routes';
import { createBackupsStore } from '../stores/backupsStore';
import { createCurrentPlanStore } from '../stores/currentPlanStore';
import { handleHostEvent, type RefreshTarget } from '../stores/hostEvents';
import { createLibraryStore } from '../stores/libraryStore';
import { createNavigationStore } from '../stores/navigationStore';
import { createPathStore } from '../stores/pathStore';
import { createPlansStore } from '../stores/plansStore';
import { createRemindersStore } from '../stores/remindersStore';
import { createToastStore, type Notify } from '../stores/toastStore';

export const toastStore = createToastStore();

export const notify: Notify = (tone, message) => {
  toastStore.getState().show({ tone, message });
};

export const navigationStore = createNavigationStore((route) => {
  const hash = routeToHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}, parseRoute(window.location.hash));

export const libraryStore = createLibraryStore(planner, notify);
export const pathStore = createPathStore(planner);
export const plansStore = createPlansStore(planner);
export const currentPlanStore = createCurrentPlanStore({ api: planner, notify });
export const remindersStore = createRemindersStore(planner);
export const backupsStore = createBackupsStore(planner, notify);

function refresh(target: RefreshTarget): void {
  switch (target) {
    case 'library':
      void libraryStore.getState().load();
      return;
    case 'path':
      void pathStore.getState().refresh();
      return;
    case 'plans':
      void plansStore.getState().load();
      return;
    case 'currentPlan':
      void currentPlanStore.getState().refresh();
      return;
    case 'reminders':
      void remindersStore.getState().load();
      return;
    case 'backups':
      void backupsStore.getState().load();
      return;
  }
}

/** Time alone turns an upcoming item overdue, so the panel re-reads it now and then. */
const REMINDER_REFRESH_MS = 60_000;

/** Starts listening to the address bar and the host; returns a function that stops it all. */
export function connectApp(): () => void {
  const onHashChange = () => navigationStore.getState().syncFromHash(parseRoute(window.location.hash));
  window.addEventListener('hashchange', onHashChange);
  if (window.location.hash === '')
    window.history.replaceState(null, '', routeToHash(navigationStore.getState().route));

  const unsubscribe = planner.onEvent((event) =>
    handleHostEvent(event, {
      refresh,
      focusItem: (planId, itemId) => navigationStore.getState().openPlanItem(planId, itemId),
      notify: (title, body, target) => {
        toastStore.getState().show({
          tone: 'info',
          title,
          message: body,
          ...(target && {
            action: {
              label: 'Open',
              run: () => navigationStore.getState().openPlanItem(target.planId, target.itemId),
            },
          }),
        });
        void remindersStore.getState().load();
      },
    }),
  );

  void libraryStore.getState().load();
  void plansStore.getState().load();
  void remindersStore.getState().load();
  void backupsStore.getState().loadStartupNotice();
  const reminderTimer = window.setInterval(() => void remindersStore.getState().load(), REMINDER_REFRESH_MS);

  return () => {
    window.removeEventListener('hashchange', onHashChange);
    window.clearInterval(reminderTimer);
    unsubscribe();
  };
}
