import type { PlannerApi } from '../../shared/contract';

declare global {
  interface Window {
    /** Installed by the preload script (Electron) or the browser host's bridge; absent otherwise. */
    planner?: PlannerApi;
  }
}

export {};
