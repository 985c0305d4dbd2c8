import type { IpcInvokeEvent, IpcRegistrar } from '../../../electron/main/ipc/register-ipc';

export const APP_PAGE_URL = 'file:///opt/StudyPath/resources/app.asar/out/renderer/index.html';

/** Records handlers the way ipcMain does, and lets a test invoke them as a given frame. */
export class FakeIpc implements IpcRegistrar {
  readonly handlers = new Map<string, (event: IpcInvokeEvent, input: unknown) => unknown>();

  handle(channel: string, listener: (event: IpcInvokeEvent, input: unknown) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  async invoke(
    channel: string,
    input: unknown,
    frameUrl: string = APP_PAGE_URL,
    isSubframe = false,
  ): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (listener === undefined) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: { url: frameUrl, parent: isSubframe ? {} : null } }, input);
  }
}
