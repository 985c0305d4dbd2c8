/**
 * The single place where the renderer's API is wired to the main process. It takes the whole
 * service and a handler for every platform method, so it only compiles when the contract is
 * fully covered, and it refuses any call that does not come from the app's own page.
 */
import {
  platformChannels,
  serviceChannel,
  serviceMethods,
  type HostEvent,
  type PlannerService,
  type PlatformApi,
} from '../../../shared/contract';
import { fail } from '../../../shared/result';
import { isAppPageSender, type SenderFrame } from './sender-check';
import { dispatchServiceCall, type DispatchHooks } from './service-dispatch';

/** The part of Electron's IpcMainInvokeEvent the handlers read. */
export interface IpcInvokeEvent {
  senderFrame: SenderFrame | null;
}

/** What `ipcMain` offers, narrowed so the wiring can be tested without Electron. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcInvokeEvent, input: unknown) => unknown): void;
}

type PlatformMethod = Exclude<keyof PlatformApi, 'onEvent'>;

/** Host implementations of the platform methods; each validates its own (untrusted) input. */
export type PlatformHandlers = {
  [M in PlatformMethod]: (input: unknown) => ReturnType<PlatformApi[M]>;
};

export interface PlannerIpcDeps {
  service: PlannerService;
  platform: PlatformHandlers;
  /** The URL the main window currently shows as the app page (see isAppPageSender). */
  appPageUrl: string;
  sendEvent(event: HostEvent): void;
  log: DispatchHooks['log'];
}

const REFUSED_MESSAGE = 'This request did not come from the StudyPath window and was refused.';

/** What a refused platform call answers; the picker has no error channel, so it imports nothing. */
const refusedPlatformResults: { [M in PlatformMethod]: () => ReturnType<PlatformApi[M]> } = {
  pickAndImportCareerPaths: async () => [],
  pickDataFile: async () => fail('invalid-argument', REFUSED_MESSAGE),
  saveDataExport: async () => fail('invalid-argument', REFUSED_MESSAGE),
  savePlanIcs: async () => fail('invalid-argument', REFUSED_MESSAGE),
  exportPlanPdf: async () => fail('invalid-argument', REFUSED_MESSAGE),
  openExternal: async () => fail('invalid-argument', REFUSED_MESSAGE),
};

const platformMethods = Object.keys(refusedPlatformResults) as PlatformMethod[];

export function registerPlannerIpc(ipc: IpcRegistrar, deps: PlannerIpcDeps): void {
  const hooks: DispatchHooks = {
    onDataChanged: (tables) => deps.sendEvent({ type: 'data-changed', tables }),
    log: deps.log,
  };
  const fromAppPage = (event: IpcInvokeEvent, channel: string): boolean => {
    if (isAppPageSender(event.senderFrame, deps.appPageUrl)) return true;
    deps.log(`refused ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
    return false;
  };

  for (const method of serviceMethods) {
    const channel = serviceChannel(method);
    ipc.handle(channel, (event, input) => {
      if (!fromAppPage(event, channel)) return fail('invalid-argument', REFUSED_MESSAGE);
      return dispatchServiceCall(deps.service, method, input, hooks);
    });
  }

  for (const method of platformMethods) {
    const channel = platformChannels[method];
    ipc.handle(channel, async (event, input) => {
      if (!fromAppPage(event, channel)) return refusedPlatformResults[method]();
      try {
        return await deps.platform[method](input);
      } catch (error) {
        deps.log(`${method} failed`, error);
        return method === 'pickAndImportCareerPaths' ? [] : fail('internal', 'Something went wrong.');
      }
    });
  }
}
