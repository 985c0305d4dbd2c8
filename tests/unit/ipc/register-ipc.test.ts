import { describe, expect, it } from 'vitest';
import { platformChannels, serviceChannel, serviceMethods, type HostEvent } from '../../../shared/contract';
import type { PlanDetail } from '../../../shared/domain';
import type { Result } from '../../../shared/result';
import { registerPlannerIpc, type PlatformHandlers } from '../../../electron/main/ipc/register-ipc';
import { createSamplePlan, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { APP_PAGE_URL, FakeIpc } from './fake-ipc';

const tempDir = useTempDir('studypath-ipc-');

function wiredUp(platform: Partial<PlatformHandlers> = {}) {
  const harness = serviceHarness(tempDir());
  const ipc = new FakeIpc();
  const events: HostEvent[] = [];
  const logged: string[] = [];
  const platformCalls: string[] = [];
  registerPlannerIpc(ipc, {
    service: harness.service,
    platform: {
      pickAndImportCareerPaths: async () => {
        platformCalls.push('pick');
        return [];
      },
      pickDataFile: async () => {
        platformCalls.push('pick-data');
        return { ok: true, value: null };
      },
      saveDataExport: async () => {
        platformCalls.push('save-data');
        return { ok: true, value: { status: 'canceled' } };
      },
      savePlanIcs: async () => {
        platformCalls.push('save-ics');
        return { ok: true, value: { status: 'canceled' } };
      },
      exportPlanPdf: async () => {
        platformCalls.push('export');
        return { ok: true, value: { status: 'canceled' } };
      },
      openExternal: async () => {
        platformCalls.push('open');
        return { ok: true, value: { opened: true } };
      },
      ...platform,
    },
    appPageUrl: APP_PAGE_URL,
    sendEvent: (event) => void events.push(event),
    log: (message) => void logged.push(message),
  });
  return { ...harness, ipc, events, logged, platformCalls };
}

describe('IPC wiring of the planner API', () => {
  it('answers on a channel for every contract method', () => {
    const { ipc } = wiredUp();
    const expected = [
      ...serviceMethods.map(serviceChannel),
      platformChannels.pickAndImportCareerPaths,
      platformChannels.exportPlanPdf,
      platformChannels.openExternal,
      platformChannels.pickDataFile,
      platformChannels.saveDataExport,
      platformChannels.savePlanIcs,
    ].sort();
    expect([...ipc.handlers.keys()].sort()).toEqual(expected);
  });

  it('returns what the service returns', async () => {
    const { ipc, service } = wiredUp();
    const plan = createSamplePlan(service);
    const answer = (await ipc.invoke(serviceChannel('getPlan'), { planId: plan.id })) as Result<PlanDetail>;
    expect(answer.ok && answer.value.name).toBe('My plan');
  });

  it('tells the window which data changed after a successful write', async () => {
    const { ipc, service, events } = wiredUp();
    const plan = createSamplePlan(service);
    const item = plan.items[0];
    if (item === undefined) throw new Error('sample plan has no items');
    const answer = (await ipc.invoke(serviceChannel('setItemStatus'), {
      itemId: item.id,
      status: 'done',
    })) as Result<unknown>;
    expect(answer.ok).toBe(true);
    expect(events).toEqual([{ type: 'data-changed', tables: ['plans', 'items', 'reminders'] }]);
  });

  it('announces nothing after a read', async () => {
    const { ipc, events } = wiredUp();
    await ipc.invoke(serviceChannel('listPlans'), {});
    expect(events).toEqual([]);
  });

  it('refuses an invalid argument with an error result, logs it and announces nothing', async () => {
    const { ipc, events, logged } = wiredUp();
    const answer = (await ipc.invoke(serviceChannel('setItemStatus'), {
      itemId: -1,
      status: 'finished',
    })) as Result<unknown>;
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(events).toEqual([]);
    expect(logged.some((line) => line.includes('setItemStatus'))).toBe(true);
  });

  it('refuses a call from a page other than the app, without touching the service', async () => {
    const { ipc, service, events, logged } = wiredUp();
    const plan = createSamplePlan(service);
    const answer = (await ipc.invoke(
      serviceChannel('deletePlan'),
      { planId: plan.id },
      'https://evil.example/',
    )) as Result<unknown>;
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(service.getPlan({ planId: plan.id }).ok).toBe(true);
    expect(events).toEqual([]);
    expect(logged.some((line) => line.includes('evil.example'))).toBe(true);
  });

  it('refuses a call from a frame inside the app page', async () => {
    const { ipc } = wiredUp();
    const answer = (await ipc.invoke(serviceChannel('listPlans'), {}, APP_PAGE_URL, true)) as Result<unknown>;
    expect(answer.ok).toBe(false);
  });

  it('passes platform calls from the app page to the host, and refuses them from elsewhere', async () => {
    const { ipc, platformCalls } = wiredUp();
    expect(await ipc.invoke(platformChannels.openExternal, { url: 'https://example.com' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(
      await ipc.invoke(platformChannels.pickAndImportCareerPaths, undefined, 'file:///tmp/x.html'),
    ).toEqual([]);
    expect(
      await ipc.invoke(platformChannels.exportPlanPdf, { planId: 1 }, 'file:///tmp/x.html'),
    ).toMatchObject({
      ok: false,
    });
    expect(platformCalls).toEqual(['open']);
  });

  it('turns a crashing platform call into an error result', async () => {
    const { ipc, logged } = wiredUp({
      exportPlanPdf: async () => {
        throw new Error('printer on fire');
      },
    });
    expect(await ipc.invoke(platformChannels.exportPlanPdf, { planId: 1 })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(logged.some((line) => line.includes('exportPlanPdf'))).toBe(true);
  });
});
