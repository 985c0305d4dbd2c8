/**
 * Hostile and malformed calls through the Electron IPC layer: the real registration, the real
 * service and the real platform handlers, with Electron's dialogs, shell and windows replaced
 * by recorders, so a refused call can be shown to have opened, printed and changed nothing.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  platformChannels,
  serviceChannel,
  serviceMethods,
  type HostEvent,
  type PlannerService,
} from '../../../shared/contract';
import { createBackupStore } from '../../../electron/backend/backup';
import { openDatabase } from '../../../electron/backend/db';
import { createPlannerService } from '../../../electron/backend/service';
import { registerPlannerIpc, type PlatformHandlers } from '../../../electron/main/ipc/register-ipc';
import { createPlatformHandlers } from '../../../electron/main/platform-handlers';
import { fakeClock } from '../../helpers/clock';
import { HUGE_STRING, malformedInputs, unknownIdInputs } from '../../helpers/contract-inputs';
import { filesIn, snapshotAllTables } from '../../helpers/database-snapshot';
import { createSamplePlan, expectOk } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { APP_PAGE_URL, FakeIpc } from './fake-ipc';

/** Everything the platform handlers could do to the outside world, recorded instead of done. */
const electron = vi.hoisted(() => ({
  openDialogs: [] as unknown[],
  saveDialogs: [] as unknown[],
  openedLinks: [] as string[],
  windows: 0,
}));

vi.mock('electron', () => ({
  app: { getPath: () => '/nonexistent-documents', on: () => undefined },
  dialog: {
    showOpenDialog: async (...args: unknown[]) => {
      electron.openDialogs.push(args);
      return { canceled: true, filePaths: [] };
    },
    showSaveDialog: async (...args: unknown[]) => {
      electron.saveDialogs.push(args);
      return { canceled: true, filePath: '' };
    },
  },
  shell: {
    openExternal: async (url: string) => {
      electron.openedLinks.push(url);
    },
  },
  BrowserWindow: class {
    constructor() {
      electron.windows += 1;
      throw new Error('no window may be opened in this test');
    }
  },
  session: {
    fromPartition: () => {
      throw new Error('no session may be created in this test');
    },
  },
}));

const tempDir = useTempDir('studypath-ipc-invalid-');

type PlatformMethod = keyof PlatformHandlers;

/** Senders other than the app's own top-level page. */
const foreignSenders: { name: string; frame: { url: string; parent: unknown } | null }[] = [
  { name: 'a web page', frame: { url: 'https://evil.example/', parent: null } },
  { name: 'another local file', frame: { url: 'file:///tmp/downloaded.html', parent: null } },
  { name: 'a frame inside the app page', frame: { url: APP_PAGE_URL, parent: {} } },
  { name: 'a data: URL', frame: { url: 'data:text/html,<script>1</script>', parent: null } },
  { name: 'a destroyed frame', frame: null },
];

/** Platform calls with arguments the renderer never sends. */
const platformBadInputs: Record<PlatformMethod, unknown[]> = {
  pickAndImportCareerPaths: [
    'folder',
    42,
    { folder: 'yes' },
    { folder: true, path: '/etc' },
    { files: ['/etc/passwd'] },
    { [HUGE_STRING.slice(0, 10_000)]: true },
  ],
  pickDataFile: ['/etc/passwd', { path: '/home/me/.ssh/id_rsa' }, [1, 2], HUGE_STRING],
  saveDataExport: ['/tmp/out.json', { path: '/etc/cron.d/owned' }, 0, HUGE_STRING],
  exportPlanPdf: [
    undefined,
    null,
    { planId: -1 },
    { planId: 0 },
    { planId: 1.5 },
    { planId: '1' },
    { planId: 1, path: '/tmp/out.pdf' },
    { planId: HUGE_STRING },
  ],
  savePlanIcs: [
    undefined,
    { planId: -1 },
    { planId: '1' },
    { planId: 1, path: '/tmp/plan.ics' },
    { planId: HUGE_STRING },
  ],
  openExternal: [
    undefined,
    'https://example.com/',
    { url: 42 },
    { url: `https://example.com/${HUGE_STRING}` },
    { url: 'https://example.com/', target: '_blank' },
  ],
};

/** Well-formed links that must still never reach the system browser. */
const unsafeLinks = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  ' javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'smb://attacker.example/share',
  'ms-settings:',
  'https://user:password@example.com/',
  '//example.com/x',
  'not a url',
];

function wiredUp() {
  const dataDir = tempDir();
  const backupsDir = join(dataDir, 'backups');
  const db = openDatabase(join(dataDir, 'studypath.sqlite'));
  onTestFinished(() => {
    if (db.open) db.close();
  });
  const clock = fakeClock(new Date(2026, 2, 2, 9, 0));
  const backups = createBackupStore({ db, backupsDir, clock, log: () => undefined });
  const real = createPlannerService(db, { clock, backups, log: () => undefined });
  const plan = createSamplePlan(real);
  expectOk(real.backupNow({}));

  const serviceCalls: string[] = [];
  // Records which methods the IPC layer reached, to prove a refused sender reached none.
  const service = new Proxy(real, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || typeof value !== 'function') return value;
      return (input: unknown) => {
        serviceCalls.push(property);
        return (value as (input: unknown) => unknown).call(target, input);
      };
    },
  }) as PlannerService;

  const ipc = new FakeIpc();
  const events: HostEvent[] = [];
  const logged: string[] = [];
  const hooks = { onDataChanged: () => undefined, log: (message: string) => void logged.push(message) };
  registerPlannerIpc(ipc, {
    service,
    platform: createPlatformHandlers({ service, parentWindow: () => null, hooks }),
    appPageUrl: APP_PAGE_URL,
    sendEvent: (event) => void events.push(event),
    log: (message) => void logged.push(message),
  });
  const everything = () => ({ tables: snapshotAllTables(db), backups: filesIn(backupsDir) });
  return { ipc, plan, serviceCalls, events, logged, everything };
}

/** Calls a channel's handler the way Electron would, from the given frame. */
function invokeFrom(
  ipc: FakeIpc,
  channel: string,
  input: unknown,
  frame: { url: string; parent: unknown } | null,
): Promise<unknown> {
  const handler = ipc.handlers.get(channel);
  if (handler === undefined) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(handler({ senderFrame: frame }, input));
}

let warnings: string[] = [];

beforeEach(() => {
  electron.openDialogs.length = 0;
  electron.saveDialogs.length = 0;
  electron.openedLinks.length = 0;
  electron.windows = 0;
  warnings = [];
  // The platform handlers report refusals on the main process's log, which is stderr.
  vi.spyOn(console, 'warn').mockImplementation(
    (...args: unknown[]) => void warnings.push(args.map(String).join(' ')),
  );
});

afterEach(() => {
  vi.restoreAllMocks();
});

function expectNothingLeftTheProcess(): void {
  expect(electron.openDialogs).toEqual([]);
  expect(electron.saveDialogs).toEqual([]);
  expect(electron.openedLinks).toEqual([]);
  expect(electron.windows).toBe(0);
}

function isRefusal(answer: unknown): boolean {
  if (Array.isArray(answer)) return answer.length === 0;
  return typeof answer === 'object' && answer !== null && (answer as { ok?: unknown }).ok === false;
}

describe('service channels over IPC', () => {
  it.each(serviceMethods)(
    '%s refuses malformed arguments with an error result, logs them, announces and changes nothing',
    async (method) => {
      const { ipc, events, logged, everything } = wiredUp();
      const before = everything();
      for (const { problem, input } of malformedInputs(method)) {
        const answer = await ipc.invoke(serviceChannel(method), input);
        expect(answer, `${method} with ${problem}`).toMatchObject({
          ok: false,
          error: { code: 'invalid-argument' },
        });
      }
      expect(
        logged.filter((line) => line.includes(`service.${method} refused: invalid-argument`)).length,
      ).toBe(malformedInputs(method).length);
      expect(logged.every((line) => line.length < 1200)).toBe(true);
      expect(events).toEqual([]);
      expect(everything()).toEqual(before);
      expectNothingLeftTheProcess();
    },
  );

  it.each(Object.entries(unknownIdInputs))(
    '%s answers an unknown id with not-found and announces nothing',
    async (method, input) => {
      const { ipc, events, everything } = wiredUp();
      const before = everything();
      expect(await ipc.invoke(serviceChannel(method), input)).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
      expect(events).toEqual([]);
      expect(everything()).toEqual(before);
    },
  );

  it.each(foreignSenders)(
    'every service channel refuses $name without reaching the service',
    async ({ frame }) => {
      const { ipc, plan, serviceCalls, events, logged, everything } = wiredUp();
      const before = everything();
      const callsBefore = serviceCalls.length;
      const item = plan.items[0];
      for (const method of serviceMethods) {
        // Valid arguments, so that only the sender can be the reason for the refusal.
        const input =
          method === 'deletePlan' ? { planId: plan.id } : method === 'deleteItem' ? { itemId: item?.id } : {};
        const answer = await invokeFrom(ipc, serviceChannel(method), input, frame);
        expect(answer, method).toMatchObject({
          ok: false,
          error: {
            code: 'invalid-argument',
            message: 'This request did not come from the StudyPath window and was refused.',
          },
        });
      }
      expect(serviceCalls.length).toBe(callsBefore);
      expect(logged.filter((line) => line.startsWith('refused service:')).length).toBe(serviceMethods.length);
      expect(events).toEqual([]);
      expect(everything()).toEqual(before);
      expectNothingLeftTheProcess();
    },
  );
});

describe('platform channels over IPC', () => {
  it.each(Object.entries(platformBadInputs))(
    '%s refuses arguments the app never sends: no dialog, no browser, no window, nothing changed, logged',
    async (method, inputs) => {
      const { ipc, events, everything } = wiredUp();
      const before = everything();
      for (const input of inputs) {
        const answer = await ipc.invoke(platformChannels[method as PlatformMethod], input);
        expect(isRefusal(answer), `${method} with ${JSON.stringify(input)?.slice(0, 80)}`).toBe(true);
        if (!Array.isArray(answer)) expect(answer).toMatchObject({ error: { code: 'invalid-argument' } });
      }
      expect(warnings.filter((line) => line.includes(method)).length).toBeGreaterThanOrEqual(inputs.length);
      expect(events).toEqual([]);
      expect(everything()).toEqual(before);
      expectNothingLeftTheProcess();
    },
  );

  it('exportPlanPdf of a plan that does not exist answers not-found before any save dialog', async () => {
    const { ipc } = wiredUp();
    expect(await ipc.invoke(platformChannels.exportPlanPdf, { planId: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expectNothingLeftTheProcess();
  });

  it.each(unsafeLinks)('openExternal never hands "%s" to the system browser', async (url) => {
    const { ipc } = wiredUp();
    expect(await ipc.invoke(platformChannels.openExternal, { url })).toEqual({
      ok: true,
      value: { opened: false },
    });
    expect(warnings.some((line) => line.includes('refused to open a link'))).toBe(true);
    expectNothingLeftTheProcess();
  });

  it('openExternal hands a plain https link to the system browser (the recorder works)', async () => {
    const { ipc } = wiredUp();
    expect(await ipc.invoke(platformChannels.openExternal, { url: 'https://example.com/' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(electron.openedLinks).toEqual(['https://example.com/']);
  });

  it.each(foreignSenders)('every platform channel refuses $name before doing anything', async ({ frame }) => {
    const { ipc, plan, serviceCalls, events, logged, everything } = wiredUp();
    const before = everything();
    const validInputs: Record<PlatformMethod, unknown> = {
      pickAndImportCareerPaths: {},
      pickDataFile: undefined,
      saveDataExport: undefined,
      savePlanIcs: { planId: plan.id },
      exportPlanPdf: { planId: plan.id },
      openExternal: { url: 'https://example.com/' },
    };
    for (const [method, input] of Object.entries(validInputs)) {
      const answer = await invokeFrom(ipc, platformChannels[method as PlatformMethod], input, frame);
      expect(isRefusal(answer), method).toBe(true);
      expect(
        logged.some((line) => line.startsWith(`refused ${platformChannels[method as PlatformMethod]} `)),
      ).toBe(true);
    }
    expect(serviceCalls).toEqual([]);
    expect(events).toEqual([]);
    expect(everything()).toEqual(before);
    expectNothingLeftTheProcess();
  });
});
