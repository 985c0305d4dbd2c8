import { describe, expect, it } from 'vitest';
import { exportPlanPdf, type PdfExportHost } from '../../../electron/main/pdf/export-plan-pdf';
import { createSamplePlan, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir('studypath-export-');

function fakeHost(
  savePath: string | null,
  print: (html: string) => Promise<Uint8Array> = async () => new Uint8Array([37, 80, 68, 70]),
) {
  const suggested: string[] = [];
  const printed: string[] = [];
  const written = new Map<string, Uint8Array>();
  const host: PdfExportHost = {
    chooseSavePath: async (name) => {
      suggested.push(name);
      return savePath;
    },
    printHtmlToPdf: async (html) => {
      printed.push(html);
      return print(html);
    },
    writeFile: async (path, bytes) => void written.set(path, bytes),
    now: () => new Date(2026, 2, 10, 12, 0),
    log: () => undefined,
  };
  return { host, suggested, printed, written };
}

describe('exporting a plan as PDF', () => {
  it('suggests the plan name, prints the plan and saves it where the person chose', async () => {
    const { service } = serviceHarness(tempDir());
    const plan = createSamplePlan(service);
    const { host, suggested, printed, written } = fakeHost('/home/me/Documents/My plan.pdf');

    const result = await exportPlanPdf(service, host, { planId: plan.id });

    expect(result).toEqual({ ok: true, value: { status: 'saved', fileName: 'My plan.pdf' } });
    expect(suggested).toEqual(['My plan.pdf']);
    expect(printed[0]).toContain('<h1>My plan</h1>');
    expect([...written.keys()]).toEqual(['/home/me/Documents/My plan.pdf']);
  });

  it('reports the file name alone for a Windows path', async () => {
    const { service } = serviceHarness(tempDir());
    const plan = createSamplePlan(service);
    const { host } = fakeHost('C:\\Users\\me\\Documents\\plan.pdf');
    expect(await exportPlanPdf(service, host, { planId: plan.id })).toEqual({
      ok: true,
      value: { status: 'saved', fileName: 'plan.pdf' },
    });
  });

  it('does nothing when the save dialog is canceled', async () => {
    const { service } = serviceHarness(tempDir());
    const plan = createSamplePlan(service);
    const { host, printed, written } = fakeHost(null);
    expect(await exportPlanPdf(service, host, { planId: plan.id })).toEqual({
      ok: true,
      value: { status: 'canceled' },
    });
    expect(printed).toEqual([]);
    expect(written.size).toBe(0);
  });

  it('refuses an invalid argument or an unknown plan before asking anything', async () => {
    const { service } = serviceHarness(tempDir());
    const { host, suggested } = fakeHost('/tmp/x.pdf');
    expect(await exportPlanPdf(service, host, { planId: 'one' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await exportPlanPdf(service, host, { planId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(suggested).toEqual([]);
  });

  it('reports a clear error when printing fails, and writes nothing', async () => {
    const { service } = serviceHarness(tempDir());
    const plan = createSamplePlan(service);
    const { host, written } = fakeHost('/tmp/x.pdf', async () => {
      throw new Error('renderer gone');
    });
    expect(await exportPlanPdf(service, host, { planId: plan.id })).toMatchObject({
      ok: false,
      error: { code: 'export-failed' },
    });
    expect(written.size).toBe(0);
  });
});
