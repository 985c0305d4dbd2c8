import { createStore } from 'zustand/vanilla';
import type { PlannerApi, ServiceInput } from '../../../shared/contract';
import type { PlanDetail } from '../../../shared/domain';
import type { Result } from '../../../shared/result';
import { withOrder } from '../planView/reorder';
import type { Notify } from './toastStore';

export type ScheduleChanges = Omit<ServiceInput<'updatePlanSchedule'>, 'planId'>;

/** A change to the whole schedule that is being saved; its button waits for it. */
export type ScheduleAction = 'schedule' | 'replan' | 'pause' | 'resume';

export interface PlanScheduleState {
  saving: ScheduleAction | null;
  exportingCalendar: boolean;
  /** The plan whose effort estimates changed since its dates were last planned. */
  effortChangedIn: number | null;
  /** Effort changes leave the dates alone until the next re-plan; the screen says so meanwhile. */
  noteEffortChange(planId: number): void;
  updateSchedule(planId: number, changes: ScheduleChanges): Promise<boolean>;
  replanFromToday(planId: number): Promise<boolean>;
  pause(planId: number): Promise<boolean>;
  resume(planId: number): Promise<boolean>;
  /** Shows the new order at once; the dates follow when the back end has re-planned. */
  reorder(planId: number, itemIds: readonly number[]): Promise<boolean>;
  exportCalendar(planId: number): Promise<void>;
}

export type PlanScheduleApi = Pick<
  PlannerApi,
  'updatePlanSchedule' | 'replanFromToday' | 'pausePlan' | 'resumePlan' | 'reorderItems' | 'savePlanIcs'
>;

export interface PlanScheduleDeps {
  api: PlanScheduleApi;
  notify: Notify;
  /** The plan on screen, and a way to show a newer version of it. */
  currentPlan(): PlanDetail | null;
  showPlan(plan: PlanDetail): void;
  /** Re-reads the plan when a change the screen already showed was refused. */
  refresh(): Promise<void>;
}

/** Pausing, re-planning, changing the budget and reordering: every change that moves the plan's dates. */
export function createPlanScheduleStore({ api, notify, currentPlan, showPlan, refresh }: PlanScheduleDeps) {
  let reorderSerial = 0;
  return createStore<PlanScheduleState>()((set, get) => {
    const showIfCurrent = (plan: PlanDetail) => {
      if (currentPlan()?.id === plan.id) showPlan(plan);
    };
    const replanned = (planId: number) =>
      set((state) => (state.effortChangedIn === planId ? { effortChangedIn: null } : state));

    async function run(action: ScheduleAction, call: () => Promise<Result<PlanDetail>>): Promise<boolean> {
      if (get().saving !== null) return false;
      set({ saving: action });
      try {
        const result = await call();
        if (!result.ok) {
          notify('error', result.error.message);
          return false;
        }
        showIfCurrent(result.value);
        if (action === 'schedule' || action === 'replan') replanned(result.value.id);
        return true;
      } catch (error) {
        notify('error', error instanceof Error ? error.message : 'The change could not be saved.');
        return false;
      } finally {
        set({ saving: null });
      }
    }

    return {
      saving: null,
      exportingCalendar: false,
      effortChangedIn: null,
      noteEffortChange: (planId) => set({ effortChangedIn: planId }),

      updateSchedule: (planId, changes) =>
        run('schedule', () => api.updatePlanSchedule({ planId, ...changes })),
      replanFromToday: (planId) => run('replan', () => api.replanFromToday({ planId })),
      pause: (planId) => run('pause', () => api.pausePlan({ planId })),
      resume: (planId) => run('resume', () => api.resumePlan({ planId })),

      async reorder(planId, itemIds) {
        reorderSerial += 1;
        const mine = reorderSerial;
        const shown = currentPlan();
        if (shown?.id === planId) showPlan({ ...shown, items: withOrder(shown.items, itemIds) });
        let failure: string | null = null;
        try {
          const result = await api.reorderItems({ planId, itemIds: [...itemIds] });
          if (!result.ok) failure = result.error.message;
          // A later move is on its way; its answer is the one to show.
          else {
            replanned(planId);
            if (mine === reorderSerial) showIfCurrent(result.value);
          }
        } catch (error) {
          failure = error instanceof Error ? error.message : 'The new order could not be saved.';
        }
        if (failure === null) return true;
        notify('error', `The new order was not saved. ${failure}`);
        await refresh();
        return false;
      },

      async exportCalendar(planId) {
        if (get().exportingCalendar) return;
        set({ exportingCalendar: true });
        try {
          const result = await api.savePlanIcs({ planId });
          if (!result.ok) notify('error', result.error.message);
          else if (result.value.status === 'saved') notify('success', `Saved ${result.value.fileName}`);
        } catch (error) {
          notify('error', error instanceof Error ? error.message : 'The calendar could not be saved.');
        } finally {
          set({ exportingCalendar: false });
        }
      },
    };
  });
}

export type PlanScheduleStore = ReturnType<typeof createPlanScheduleStore>;
