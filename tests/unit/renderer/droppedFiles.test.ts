import { describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../shared/contract';
import type { ImportOutcome } from '../../../shared/domain';
import { fail, ok } from '../../../shared/result';
import {
  filesOfDrop,
  importDroppedFiles,
  type DroppedDirectoryEntry,
  type DroppedEntry,
  type DroppedFile,
  type DroppedFileEntry,
} from '../../../renderer/src/stores/droppedFiles';
import { createLibraryStore, type LibraryApi } from '../../../renderer/src/stores/libraryStore';

function file(name: string, text = '# A path', size = text.length): DroppedFile {
  return { name, size, arrayBuffer: async () => new TextEncoder().encode(text).buffer };
}

function fileEntry(dropped: DroppedFile): DroppedFileEntry {
  return { isFile: true, isDirectory: false, name: dropped.name, file: (onFile) => onFile(dropped) };
}

/** A folder whose reader hands out its entries in batches of two, like a real one in pieces. */
function folder(name: string, entries: DroppedEntry[]): DroppedDirectoryEntry {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader() {
      let next = 0;
      return {
        readEntries(onEntries) {
          onEntries(entries.slice(next, next + 2));
          next += 2;
        },
      };
    },
  };
}

function imported(pathId: string): ImportOutcome {
  return { pathId, title: pathId, status: 'imported', warnings: [], orphanedPlanItems: 0 };
}

describe('what a drop contains', () => {
  it('takes dropped files as they are and the markdown files directly inside a dropped folder', async () => {
    const notes = file('notes.md');
    const names = (
      await filesOfDrop([
        { entry: null, file: notes },
        {
          entry: folder('paths', [
            fileEntry(file('10-web-developer.md')),
            folder('drafts', [fileEntry(file('draft.md'))]),
            fileEntry(file('9-cloud-engineer.md')),
            fileEntry(file('photo.png')),
            fileEntry(file('.backup.md')),
          ]),
          file: null,
        },
      ])
    ).map((f) => f.name);

    expect(names).toEqual(['notes.md', '9-cloud-engineer.md', '10-web-developer.md']);
  });

  it('a folder without markdown files, or one that cannot be read, gets one row saying so', async () => {
    const broken: DroppedDirectoryEntry = {
      isFile: false,
      isDirectory: true,
      name: 'locked',
      createReader: () => ({ readEntries: (_onEntries, onError) => onError?.(new Error('denied')) }),
    };
    const photos = folder('photos', [fileEntry(file('beach.jpg'))]);
    const dropped = await filesOfDrop([
      { entry: broken, file: null },
      { entry: photos, file: null },
    ]);
    const importCareerPath = vi.fn();

    const results = await importDroppedFiles(dropped, importCareerPath);

    expect(results).toEqual([
      { fileName: 'locked', result: fail('not-text', 'The folder locked could not be read.') },
      {
        fileName: 'photos',
        result: fail('not-found', 'The folder photos has no markdown files (.md or .markdown).'),
      },
    ]);
    expect(importCareerPath).not.toHaveBeenCalled();
  });
});

describe('importing dropped files', () => {
  it('imports markdown files in order and skips the rest with a reason, without reading them', async () => {
    const importCareerPath = vi.fn(async ({ fileName }: { fileName: string; bytes: Uint8Array }) =>
      ok(imported(fileName.replace('.md', ''))),
    );
    const picture = { ...file('photo.png'), arrayBuffer: vi.fn() };
    const huge = { ...file('huge.md', '#', MAX_IMPORT_BYTES + 1), arrayBuffer: vi.fn() };

    const results = await importDroppedFiles(
      [file('cloud.md', '# Cloud'), picture, file('web.MARKDOWN'), huge],
      importCareerPath,
    );

    expect(results.map((r) => [r.fileName, r.result.ok])).toEqual([
      ['cloud.md', true],
      ['photo.png', false],
      ['web.MARKDOWN', true],
      ['huge.md', false],
    ]);
    expect(results[1]?.result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/markdown/) },
    });
    expect(results[3]?.result).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
    expect(picture.arrayBuffer).not.toHaveBeenCalled();
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
    expect(new TextDecoder().decode(importCareerPath.mock.calls[0]?.[0].bytes)).toBe('# Cloud');
  });

  it('the library shows progress while it works and every file’s result when done', async () => {
    const progress: (number | undefined)[] = [];
    const api: LibraryApi = {
      listPaths: async () => ok([]),
      pickAndImportCareerPaths: async () => [],
      importCareerPath: async ({ fileName }) => ok(imported(fileName)),
      searchLibrary: async () => ok([]),
      removePath: async () => fail('internal', 'not expected'),
    };
    const store = createLibraryStore(api, vi.fn());
    store.subscribe((state) => progress.push(state.importProgress?.done));

    await store.getState().importFiles([file('a.md'), file('b.txt')]);

    expect(progress).toContain(0);
    expect(progress).toContain(1);
    expect(store.getState().importProgress).toBeNull();
    expect(store.getState().importResults?.map((r) => [r.fileName, r.result.ok])).toEqual([
      ['a.md', true],
      ['b.txt', false],
    ]);
  });
});
