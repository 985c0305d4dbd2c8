import { describe, expect, it } from 'vitest';
import type { DataImportCounts, DataImportMode, DataImportPreview } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import {
  createDataTransferStore,
  describeImportCounts,
  type DataTransferApi,
} from '../../../renderer/src/stores/dataTransferStore';
import type { ToastTone } from '../../../renderer/src/stores/toastStore';

const noCounts: DataImportCounts = {
  plansAdded: 0,
  plansReplaced: 0,
  plansRemoved: 0,
  itemsAdded: 0,
  pathsAdded: 0,
  pathsUpdated: 0,
};

function preview(mode: DataImportMode, counts: Partial<DataImportCounts> = {}): DataImportPreview {
  return { mode, exportedAt: '2026-03-02T09:00:00.000Z', counts: { ...noCounts, ...counts }, warnings: [] };
}

const safetyBackup = {
  fileName: 'studypath-2026-03-02T09-00-00.000Z-before-import.sqlite',
  kind: 'before-import' as const,
  createdAt: '2026-03-02T09:00:00.000Z',
  sizeBytes: 4096,
};

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function setup(overrides: Partial<DataTransferApi> = {}) {
  const toasts: [ToastTone, string][] = [];
  const calls: string[] = [];
  const api: DataTransferApi = {
    saveDataExport: async () => ok({ status: 'saved', fileName: 'studypath-data-2026-03-02.json' }),
    pickDataFile: async () => ok({ fileName: 'from-desktop.json', bytes: new Uint8Array([123, 125]) }),
    previewDataImport: async ({ mode }) => {
      calls.push(`preview ${mode}`);
      return ok(preview(mode, mode === 'merge' ? { plansAdded: 2, itemsAdded: 9 } : { plansReplaced: 1 }));
    },
    importData: async ({ mode }) => {
      calls.push(`import ${mode}`);
      return ok({ ...preview(mode, { plansAdded: 2, itemsAdded: 9 }), safetyBackup });
    },
    ...overrides,
  };
  const store = createDataTransferStore(api, (tone, message) => void toasts.push([tone, message]));
  return { store, toasts, calls };
}

describe('exporting', () => {
  it('tells the person the name of the saved file', async () => {
    const { store, toasts } = setup();
    await store.getState().exportData();
    expect(toasts).toEqual([['success', 'Your data was saved as studypath-data-2026-03-02.json.']]);
    expect(store.getState().exporting).toBe(false);
  });

  it('says nothing when the save dialog is canceled, and reports a failure', async () => {
    const canceled = setup({ saveDataExport: async () => ok({ status: 'canceled' }) });
    await canceled.store.getState().exportData();
    expect(canceled.toasts).toEqual([]);

    const failing = setup({ saveDataExport: async () => fail('export-failed', 'The folder is read-only.') });
    await failing.store.getState().exportData();
    expect(failing.toasts).toEqual([['error', 'The folder is read-only.']]);
  });
});

describe('importing', () => {
  it('previews the chosen file as a merge first, and again when the mode changes', async () => {
    const { store, calls } = setup();
    await store.getState().chooseImportFile();
    expect(store.getState().pending).toMatchObject({
      fileName: 'from-desktop.json',
      mode: 'merge',
      preview: { counts: { plansAdded: 2 } },
    });

    await store.getState().setMode('replace');
    expect(store.getState().pending?.preview?.counts.plansReplaced).toBe(1);
    expect(calls).toEqual(['preview merge', 'preview replace']);
  });

  it('imports with the chosen mode, closes the preview and reports what changed', async () => {
    const { store, toasts, calls } = setup();
    await store.getState().chooseImportFile();
    await store.getState().confirmImport();
    expect(calls).toEqual(['preview merge', 'import merge']);
    expect(store.getState().pending).toBeNull();
    expect(toasts).toEqual([
      [
        'success',
        'Imported from-desktop.json: 2 plans added, 9 checklist items brought in. A backup from just before the import is in Backups.',
      ],
    ]);
  });

  it('changes nothing on cancel', async () => {
    const { store, calls } = setup();
    await store.getState().chooseImportFile();
    store.getState().cancelImport();
    await store.getState().confirmImport();
    expect(store.getState().pending).toBeNull();
    expect(calls).toEqual(['preview merge']);
  });

  it('opens nothing for a file that is not an export, and says why', async () => {
    const { store, toasts } = setup({
      previewDataImport: async () => fail('invalid-argument', 'This file is not a StudyPath data export.'),
    });
    await store.getState().chooseImportFile();
    expect(store.getState().pending).toBeNull();
    expect(toasts).toEqual([['error', 'This file is not a StudyPath data export.']]);
  });

  it('keeps the preview open with the reason when the import fails', async () => {
    const { store } = setup({
      importData: async () => fail('storage-failed', 'The backup before the import could not be made.'),
    });
    await store.getState().chooseImportFile();
    await store.getState().confirmImport();
    expect(store.getState().pending).toMatchObject({
      importing: false,
      error: 'The backup before the import could not be made.',
    });
  });

  it('shows the preview of the mode chosen last when answers arrive out of order', async () => {
    const slowMerge = deferred<Result<DataImportPreview>>();
    let first = true;
    const { store } = setup({
      previewDataImport: async ({ mode }) => {
        if (mode === 'merge' && first) {
          first = false;
          return slowMerge.promise;
        }
        return ok(preview(mode, { plansRemoved: 4 }));
      },
    });
    const choosing = store.getState().chooseImportFile();
    await Promise.resolve();
    await store.getState().setMode('replace');
    slowMerge.resolve(ok(preview('merge', { plansAdded: 1 })));
    await choosing;
    expect(store.getState().pending).toMatchObject({ mode: 'replace', preview: { mode: 'replace' } });
  });

  it('describes only the counts that are not zero', () => {
    expect(describeImportCounts({ ...noCounts, plansReplaced: 1, pathsUpdated: 2 })).toEqual([
      '1 plan replaced by the file’s copy',
      '2 career paths updated',
    ]);
    expect(describeImportCounts(noCounts)).toEqual([]);
  });
});
