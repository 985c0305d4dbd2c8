import { readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, type DataTable } from '../../../shared/contract';
import { importCareerPathFiles, type ImportFileSystem } from '../../../electron/main/ipc/import-files';
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
function countingFileSystem(): ImportFileSystem & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    stat,
    readFile: async (path) => {
      reads.push(path);
      return readFile(path);
    },
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
