import { describe, expect, it } from 'vitest';
import { MAX_DATA_IMPORT_BYTES } from '../../../shared/contract';
import { pickDataFile, saveDataExport, type DataFileHost } from '../../../electron/main/data-files';
import { createSamplePlan, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir('studypath-data-files-');

function fakeHost(choice: string | null, files: Record<string, Uint8Array | { size: number }> = {}) {
  const read: string[] = [];
  const written = new Map<string, string>();
  const suggested: string[] = [];
  const host: DataFileHost = {
    chooseFileToOpen: async () => choice,
    chooseSavePath: async (name) => {
      suggested.push(name);
      return choice;
    },
    stat: async (path) => {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      const size = file instanceof Uint8Array ? file.byteLength : file.size;
      return { size, isFile: () => true };
    },
    readFile: async (path) => {
      read.push(path);
      const file = files[path];
      if (!(file instanceof Uint8Array)) throw new Error('not readable in this test');
      return file;
    },
    writeFile: async (path, text) => void written.set(path, text),
    log: () => undefined,
  };
  return { host, read, written, suggested };
}

describe('choosing a data file to import', () => {
  it('returns the chosen file with its name and bytes', async () => {
    const bytes = new TextEncoder().encode('{"format":"studypath-data"}');
    const { host } = fakeHost('/home/me/Downloads/studypath-data-2026-03-02.json', {
      '/home/me/Downloads/studypath-data-2026-03-02.json': bytes,
    });
    expect(await pickDataFile(host)).toEqual({
      ok: true,
      value: { fileName: 'studypath-data-2026-03-02.json', bytes },
    });
  });

  it('answers null when the dialog is canceled', async () => {
    expect(await pickDataFile(fakeHost(null).host)).toEqual({ ok: true, value: null });
  });

  it('refuses a file over the limit without reading it', async () => {
    const { host, read } = fakeHost('C:\\Users\\me\\big.json', {
      'C:\\Users\\me\\big.json': { size: MAX_DATA_IMPORT_BYTES + 1 },
    });
    expect(await pickDataFile(host)).toEqual({
      ok: false,
      error: {
        code: 'file-too-large',
        message: 'big.json is larger than 50 MB, too large to be a StudyPath export.',
      },
    });
    expect(read).toEqual([]);
  });

  it('reports a file that cannot be read', async () => {
    expect(await pickDataFile(fakeHost('/gone.json').host)).toMatchObject({
      ok: false,
      error: { code: 'storage-failed', message: 'gone.json could not be read.' },
    });
  });
});

describe('saving a data export', () => {
  it('suggests a dated name and writes the export where the person chose', async () => {
    const { service } = serviceHarness(tempDir());
    createSamplePlan(service);
    const { host, written, suggested } = fakeHost('/home/me/Documents/my-data.json');

    expect(await saveDataExport(service, host)).toEqual({
      ok: true,
      value: { status: 'saved', fileName: 'my-data.json' },
    });
    expect(suggested).toEqual(['studypath-data-2026-03-02.json']);
    const document = JSON.parse(written.get('/home/me/Documents/my-data.json') ?? '{}') as {
      plans: unknown[];
    };
    expect(document).toMatchObject({ format: 'studypath-data', schemaVersion: 2 });
    expect(document.plans).toHaveLength(1);
  });

  it('writes nothing when the dialog is canceled', async () => {
    const { service } = serviceHarness(tempDir());
    const { host, written } = fakeHost(null);
    expect(await saveDataExport(service, host)).toEqual({ ok: true, value: { status: 'canceled' } });
    expect(written.size).toBe(0);
  });

  it('reports a folder it cannot write to', async () => {
    const { service } = serviceHarness(tempDir());
    const { host } = fakeHost('/read-only/data.json');
    host.writeFile = async () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    };
    expect(await saveDataExport(service, host)).toMatchObject({
      ok: false,
      error: { code: 'export-failed' },
    });
  });
});
