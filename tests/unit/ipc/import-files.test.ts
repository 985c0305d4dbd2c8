import { mkdir, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, type DataTable } from '../../../shared/contract';
import {
  importCareerPathFiles,
  importCareerPathFolder,
  type FolderFileSystem,
} from '../../../electron/main/ipc/import-files';
import { MAX_FOLDER_FILES } from '../../../shared/career-path-files';
import { careerPathMarkdown, sampleSpec } from '../../helpers/career-path-document';
import { corpusAvailable, corpusMissingMessage, readCorpusFile } from '../../helpers/corpus';
import { serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir('studypath-import-');

if (!corpusAvailable) console.warn(corpusMissingMessage);

function recordingHooks() {
  const changes: DataTable[][] = [];
  const logged: string[] = [];
  return {
    changes,
    logged,
    hooks: {
      onDataChanged: (tables: DataTable[]) => void changes.push(tables),
      log: (m: string) => void logged.push(m),
    },
  };
}

/** The real file system, counting which files were actually read. */
function countingFileSystem(): FolderFileSystem & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    stat,
    readFile: async (path) => {
      reads.push(path);
      return readFile(path);
    },
    readdir: (path) => readdir(path, { withFileTypes: true }),
  };
}

describe('importing the files picked in the open dialog', () => {
  it.skipIf(!corpusAvailable)(
    'imports a real career-path document and announces the change once',
    async () => {
      const dir = tempDir();
      const file = join(dir, '31-Support_Engineer_Customer_Success_Engineer.md');
      await writeFile(file, readCorpusFile('31-Support_Engineer_Customer_Success_Engineer.md'));
      const { service } = serviceHarness(dir);
      const { hooks, changes } = recordingHooks();

      const results = await importCareerPathFiles([file], service, hooks);

      expect(results).toHaveLength(1);
      expect(results[0]?.fileName).toBe('31-Support_Engineer_Customer_Success_Engineer.md');
      expect(results[0]?.result).toMatchObject({ ok: true, value: { status: 'imported' } });
      expect(changes).toEqual([['paths', 'plans', 'items']]);
      const paths = service.listPaths({});
      expect(paths.ok && paths.value.some((path) => /Support Engineer/.test(path.title))).toBe(true);
    },
  );

  it('refuses a file over the size limit without reading it', async () => {
    const dir = tempDir();
    const huge = join(dir, 'huge.md');
    await writeFile(huge, '');
    await truncate(huge, MAX_IMPORT_BYTES + 1);
    const { service } = serviceHarness(dir);
    const { hooks, changes } = recordingHooks();
    const fs = countingFileSystem();

    const results = await importCareerPathFiles([huge], service, hooks, fs);

    expect(results[0]?.result).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
    expect(fs.reads).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('reports each file separately: a missing or unusable file does not stop the others', async () => {
    const dir = tempDir();
    const notes = join(dir, 'shopping-list.md');
    await writeFile(notes, 'milk\neggs\n');
    const { service } = serviceHarness(dir);
    const { hooks } = recordingHooks();

    const results = await importCareerPathFiles([join(dir, 'gone.md'), dir, notes], service, hooks);

    expect(results.map((entry) => entry.fileName)).toEqual([
      'gone.md',
      results[1]?.fileName,
      'shopping-list.md',
    ]);
    expect(results.every((entry) => !entry.result.ok)).toBe(true);
    expect(results[0]?.result).toMatchObject({ error: { code: 'storage-failed' } });
    expect(results[1]?.result).toMatchObject({ error: { code: 'not-a-career-path' } });
  });
});

describe('importing every career path in a chosen folder', () => {
  function pathDocument(n: number): string {
    return careerPathMarkdown({ ...sampleSpec, id: `role-${n}`, title: `Role ${n}` });
  }

  it('imports each markdown file directly inside it, in name order, skipping hidden files and sub-folders', async () => {
    const dir = tempDir();
    const folder = join(dir, 'paths');
    await mkdir(join(folder, 'drafts'), { recursive: true });
    await writeFile(join(folder, '10-role.md'), pathDocument(10));
    await writeFile(join(folder, '2-role.MARKDOWN'), pathDocument(2));
    await writeFile(join(folder, 'shopping-list.md'), 'milk\neggs\n');
    await writeFile(join(folder, '.hidden.md'), pathDocument(3));
    await writeFile(join(folder, 'notes.txt'), pathDocument(4));
    await writeFile(join(folder, 'drafts', 'draft.md'), pathDocument(5));
    const { service } = serviceHarness(dir);
    const { hooks, changes } = recordingHooks();

    const results = await importCareerPathFolder(folder, service, hooks);

    expect(results.map((entry) => entry.fileName)).toEqual([
      '2-role.MARKDOWN',
      '10-role.md',
      'shopping-list.md',
    ]);
    expect(results[0]?.result).toMatchObject({ ok: true, value: { pathId: 'role-2', status: 'imported' } });
    expect(results[1]?.result).toMatchObject({ ok: true, value: { pathId: 'role-10', status: 'imported' } });
    expect(results[2]?.result.ok).toBe(false);
    expect(changes).toEqual([['paths', 'plans', 'items']]);
    const ids = service.listPaths({});
    expect(ids.ok && ids.value.map((path) => path.id).sort()).toEqual(['role-10', 'role-2']);
  });

  it('refuses an over-large file in the folder without reading it, and imports the rest', async () => {
    const dir = tempDir();
    await writeFile(join(dir, 'a-role.md'), pathDocument(1));
    await writeFile(join(dir, 'b-huge.md'), '');
    await truncate(join(dir, 'b-huge.md'), MAX_IMPORT_BYTES + 1);
    const { service } = serviceHarness(dir);
    const fs = countingFileSystem();

    const results = await importCareerPathFolder(dir, service, recordingHooks().hooks, fs);

    expect(results.map((entry) => [entry.fileName, entry.result.ok])).toEqual([
      ['a-role.md', true],
      ['b-huge.md', false],
    ]);
    expect(results[1]?.result).toMatchObject({ error: { code: 'file-too-large' } });
    expect(fs.reads).toEqual([join(dir, 'a-role.md')]);
  });

  it(`refuses a folder with more than ${MAX_FOLDER_FILES} markdown files and reads none of them`, async () => {
    const dir = tempDir();
    const folder = join(dir, 'notes-vault');
    await mkdir(folder);
    await Promise.all(
      Array.from({ length: MAX_FOLDER_FILES + 1 }, (_, n) =>
        writeFile(join(folder, `note-${n}.md`), pathDocument(n)),
      ),
    );
    const { service } = serviceHarness(dir);
    const { hooks, changes } = recordingHooks();
    const fs = countingFileSystem();

    const results = await importCareerPathFolder(folder, service, hooks, fs);

    expect(results).toHaveLength(1);
    expect(results[0]?.fileName).toBe('notes-vault');
    expect(results[0]?.result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(results[0]?.result.ok === false && results[0].result.error.message).toMatch(/201 markdown files/);
    expect(fs.reads).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('says so when the folder has no markdown files or cannot be read', async () => {
    const dir = tempDir();
    const empty = join(dir, 'pictures');
    await mkdir(empty);
    await writeFile(join(empty, 'photo.png'), 'not markdown');
    const { service } = serviceHarness(dir);
    const { hooks, logged } = recordingHooks();

    const none = await importCareerPathFolder(empty, service, hooks);
    expect(none).toEqual([
      {
        fileName: 'pictures',
        result: expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'not-found' }) }),
      },
    ]);

    const missing = await importCareerPathFolder(join(dir, 'gone'), service, hooks);
    expect(missing[0]).toMatchObject({
      fileName: 'gone',
      result: { ok: false, error: { code: 'storage-failed' } },
    });
    expect(logged).toHaveLength(1);
  });
});
