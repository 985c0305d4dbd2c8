import { describe, expect, it } from 'vitest';
import { savePlanIcs, type CalendarFileHost } from '../../../electron/main/calendar-file';
import { createSamplePlan, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir('studypath-save-ics-');

function fakeHost(choice: string | null, options: { writeFails?: boolean } = {}) {
  const written = new Map<string, string>();
  const suggested: string[] = [];
  const logged: string[] = [];
  const host: CalendarFileHost = {
    chooseSavePath: async (name) => {
      suggested.push(name);
      return choice;
    },
    writeFile: async (path, text) => {
      if (options.writeFails === true) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      written.set(path, text);
    },
    log: (message) => void logged.push(message),
  };
  return { host, written, suggested, logged };
}

describe('saving a plan as a calendar file', () => {
  it('suggests the plan’s name and writes the calendar where the person chose', async () => {
    const { service } = serviceHarness(tempDir());
    const plan = createSamplePlan(service);
    const { host, written, suggested } = fakeHost('/home/me/Documents/study.ics');
    expect(await savePlanIcs(service, host, { planId: plan.id })).toEqual({
      ok: true,
      value: { status: 'saved', fileName: 'study.ics' },
    });
    expect(suggested).toEqual(['My plan.ics']);
    const text = written.get('/home/me/Documents/study.ics') ?? '';
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('SUMMARY:Due: Alpha Certificate');
  });

  it('writes nothing when the dialog is canceled', async () => {
    const { service } = serviceHarness(tempDir());
    const plan = createSamplePlan(service);
    const { host, written } = fakeHost(null);
    expect(await savePlanIcs(service, host, { planId: plan.id })).toEqual({
      ok: true,
      value: { status: 'canceled' },
    });
    expect(written.size).toBe(0);
  });

  it('says so when the folder cannot be written', async () => {
    const { service } = serviceHarness(tempDir());
    const plan = createSamplePlan(service);
    const { host } = fakeHost('C:\\Users\\me\\locked\\plan.ics', { writeFails: true });
    expect(await savePlanIcs(service, host, { planId: plan.id })).toMatchObject({
      ok: false,
      error: { code: 'export-failed' },
    });
  });

  it('refuses an invalid or unknown plan without opening the dialog', async () => {
    const { service } = serviceHarness(tempDir());
    const { host, suggested } = fakeHost('/tmp/x.ics');
    expect(await savePlanIcs(service, host, { planId: 'one' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await savePlanIcs(service, host, { planId: 42 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(suggested).toEqual([]);
  });
});
