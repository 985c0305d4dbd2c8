import { createStore } from 'zustand/vanilla';
import { defaultRoute, type Route } from '../navigation/routes';

export interface FocusRequest {
  planId: number;
  itemId: number;
  /** Distinguishes two requests for the same item, so a second click focuses it again. */
  serial: number;
}

export interface NavigationState {
  route: Route;
  focusRequest: FocusRequest | null;
  /** Called by the hash listener; does not write the hash back. */
  syncFromHash(route: Route): void;
  navigate(route: Route): void;
  openPlanItem(planId: number, itemId: number): void;
  clearFocusRequest(serial: number): void;
}

/**
 * The current screen. `writeHash` is injected so the store stays testable without a DOM;
 * the app passes a function that sets `location.hash`.
 */
export function createNavigationStore(writeHash: (route: Route) => void, initial: Route = defaultRoute) {
  let serial = 0;
  return createStore<NavigationState>()((set) => ({
    route: initial,
    focusRequest: null,
    syncFromHash(route) {
      set({ route });
    },
    navigate(route) {
      set({ route });
      writeHash(route);
    },
    openPlanItem(planId, itemId) {
      serial += 1;
      const route: Route = { screen: 'plan', planId };
      set({ route, focusRequest: { planId, itemId, serial } });
      writeHash(route);
    },
    clearFocusRequest(done) {
      set((state) => (state.focusRequest?.serial === done ? { focusRequest: null } : state));
    },
  }));
}

export type NavigationStore = ReturnType<typeof createNavigationStore>;
