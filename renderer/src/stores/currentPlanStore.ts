import { createStore } from 'zustand/vanilla';
import type { PlannerApi, ServiceInput } from '../../../shared/contract';
import type { ItemStatus, PlanDetail, PlanItem } from '../../../shared/domain';
import type { LoadStatus } from './loadState';
import { withoutPending, type PendingStatuses } from './optimisticStatus';
import type { Notify } from './toastStore';

type ItemChanges = Omit<ServiceInput<'updateItem'>, 'itemId'>;
type NewCustomItem = Omit<ServiceInput<'addCustomItem'>, 'planId'>;

export interface CurrentPlanState {
  planId: number | null;
  /** The plan as the back end last reported it. */
  plan: PlanDetail | null;
  pendingStatuses: PendingStatuses;
  status: LoadStatus;
  error: string | null;
  exporting: boolean;
  open(planId: number, force?: boolean): Promise<void>;
  refresh(): Promise<void>;
  /** Shows the change at once and rolls it back (with a toast) if the back end refuses it. */
  setItemStatus(itemId: number, status: ItemStatus): Promise<boolean>;
  updateItem(itemId: number, changes: ItemChanges): Promise<boolean>;
  addCustomItem(item: NewCustomItem): Promise<boolean>;
  deleteItem(itemId: number): Promise<boolean>;
  /**
   * Puts a deleted item back as a custom item of its plan, with its title, description, dates,
   * notes, reminder and status; resolves to the new item (it has a new id), or null.
   */
  restoreItem(deleted: PlanItem): Promise<PlanItem | null>;
  deletePlan(): Promise<boolean>;
  exportPdf(): Promise<void>;
}

export type CurrentPlanApi = Pick<
  PlannerApi,
  | 'getPlan'
  | 'setItemStatus'
  | 'updateItem'
  | 'addCustomItem'
  | 'deleteItem'
  | 'restoreItem'
  | 'deletePlan'
  | 'exportPlanPdf'
>;

export interface CurrentPlanDeps {
  api: CurrentPlanApi;
  notify: Notify;
  now?: () => Date;
}

export function createCurrentPlanStore({ api, notify, now = () => new Date() }: CurrentPlanDeps) {
  let serial = 0;
  return createStore<CurrentPlanState>()((set, get) => {
    /** Puts a confirmed item into the plan, if that plan is still the one on screen. */
    const replaceItem = (item: PlanItem) =>
      set((state) =>
        state.plan?.id === item.planId
          ? { plan: { ...state.plan, items: state.plan.items.map((i) => (i.id === item.id ? item : i)) } }
          : state,
      );

    /** Adds an item the back end created, unless a refresh already brought it in. */
    const insertItem = (added: PlanItem) =>
      set((state) =>
        state.plan?.id === added.planId
          ? {
              plan: {
                ...state.plan,
                items: [...state.plan.items.filter((i) => i.id !== added.id), added],
              },
            }
          : state,
      );

    return {
      planId: null,
      plan: null,
      pendingStatuses: {},
      status: 'idle',
      error: null,
      exporting: false,

      async open(planId, force = false) {
        const current = get();
        if (!force && current.planId === planId && current.status === 'ready') return;
        if (current.planId !== planId) {
          set({ planId, plan: null, pendingStatuses: {}, status: 'loading', error: null });
        }
        const result = await api.getPlan({ planId });
        if (get().planId !== planId) return;
        if (result.ok) set({ plan: result.value, status: 'ready', error: null });
        else set({ plan: null, status: 'error', error: result.error.message });
      },

      async refresh() {
        const { planId } = get();
        if (planId !== null) await get().open(planId, true);
      },

      async setItemStatus(itemId, status) {
        serial += 1;
        const mine = serial;
        set((state) => ({
          pendingStatuses: {
            ...state.pendingStatuses,
            [itemId]: { status, serial: mine, changedAt: now().toISOString() },
          },
        }));
        let failure: string | null;
        try {
          const result = await api.setItemStatus({ itemId, status });
          if (result.ok) replaceItem(result.value);
          failure = result.ok ? null : result.error.message;
        } catch (error) {
          failure = error instanceof Error ? error.message : 'The change could not be saved.';
        }
        set((state) => ({ pendingStatuses: withoutPending(state.pendingStatuses, itemId, mine) }));
        if (failure !== null) notify('error', `Not saved: ${failure}`);
        return failure === null;
      },

      async updateItem(itemId, changes) {
        const result = await api.updateItem({ itemId, ...changes });
        if (result.ok) replaceItem(result.value);
        else notify('error', result.error.message);
        return result.ok;
      },

      async addCustomItem(item) {
        const { planId } = get();
        if (planId === null) return false;
        const result = await api.addCustomItem({ planId, ...item });
        if (!result.ok) {
          notify('error', result.error.message);
          return false;
        }
        insertItem(result.value);
        return true;
      },

      async deleteItem(itemId) {
        const result = await api.deleteItem({ itemId });
        if (!result.ok) {
          notify('error', result.error.message);
          return false;
        }
        set((state) =>
          state.plan === null
            ? state
            : { plan: { ...state.plan, items: state.plan.items.filter((i) => i.id !== itemId) } },
        );
        return true;
      },

      async restoreItem(deleted) {
        const restored = await api.restoreItem({ itemId: deleted.id });
        if (!restored.ok) {
          notify('error', `“${deleted.title}” could not be restored. ${restored.error.message}`);
          return null;
        }
        insertItem(restored.value);
        return restored.value;
      },

      async deletePlan() {
        const { planId } = get();
        if (planId === null) return false;
        const result = await api.deletePlan({ planId });
        if (!result.ok) {
          notify('error', result.error.message);
          return false;
        }
        set({ planId: null, plan: null, pendingStatuses: {}, status: 'idle', error: null });
        return true;
      },

      async exportPdf() {
        const { planId, exporting } = get();
        if (planId === null || exporting) return;
        set({ exporting: true });
        try {
          const result = await api.exportPlanPdf({ planId });
          if (!result.ok) notify('error', result.error.message);
          else if (result.value.status === 'saved') notify('success', `Saved ${result.value.fileName}`);
        } catch (error) {
          notify('error', error instanceof Error ? error.message : 'The PDF could not be saved.');
        } finally {
          set({ exporting: false });
        }
      },
    };
  });
}

export type CurrentPlanStore = ReturnType<typeof createCurrentPlanStore>;
