import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { createBackend, DATABASE_FILE_NAME } from '../../electron/backend/backend';
import { DatabaseOpenError } from '../../electron/backend/db';
import { fakeClock } from '../helpers/clock';
import { bundledContentDir } from '../helpers/corpus';
import { recordingNotifier } from '../helpers/notifier';
import { expectOk } from '../helpers/service';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const hasBundledContent = existsSync(join(bundledContentDir, 'support-engineer.md'));

function start(dataDir: string, contentDir: string) {
  return createBackend({
    dataDir,
    contentDir,
    clock: fakeClock(new Date(2026, 2, 2, 9)),
    notifier: recordingNotifier(),
  });
}

describe.skipIf(!hasBundledContent)('the back end on a fresh data folder', () => {
  it('creates the data folder and loads the bundled library', () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const backend = start(dataDir, bundledContentDir);
    expect(backend.databaseFile).toBe(join(dataDir, DATABASE_FILE_NAME));
    expect(existsSync(backend.databaseFile)).toBe(true);
    const paths = expectOk(backend.service.listPaths({}));
    expect(paths.map((path) => path.source)).toContain('bundled');
    expect(paths.every((path) => path.counts.tools + path.counts.projects > 0)).toBe(true);
    expect(backend.scheduler.running).toBe(false);
    backend.close();
  });

  it('keeps a plan and its progress across a restart without re-reading unchanged content', () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const contentDir = join(dir, 'content');
    mkdirSync(contentDir);
    cpSync(join(bundledContentDir, 'support-engineer.md'), join(contentDir, 'support-engineer.md'));

    const first = start(dataDir, contentDir);
    const [path] = expectOk(first.service.listPaths({}));
    const detail = expectOk(first.service.getPath({ pathId: path?.id ?? '' }));
    const plan = expectOk(
      first.service.createPlan({
        name: 'Support career',
        pathId: detail.id,
        startDate: '2026-03-02',
        targetDate: '2026-08-31',
        itemKeys: detail.items.map((item) => item.key),
      }),
    );
    const firstItem = plan.items[0]?.id ?? 0;
    expectOk(first.service.setItemStatus({ itemId: firstItem, status: 'done' }));
    expectOk(first.service.updateItem({ itemId: firstItem, notes: 'Passed on the first try' }));
    first.close();

    const second = start(dataDir, contentDir);
    const reloaded = expectOk(second.service.getPlan({ planId: plan.id }));
    expect(reloaded.items[0]).toMatchObject({ status: 'done', notes: 'Passed on the first try' });
    expect(reloaded.done).toBe(1);
    expect(expectOk(second.service.getPath({ pathId: detail.id })).importedAt).toBe(detail.importedAt);
    second.close();
  });
});

describe('the back end with a bad data file', () => {
  it('moves a damaged database aside, keeps it, and starts with a notice saying so', () => {
    const dataDir = tempDir();
    const damaged = 'this is not a database, it is a text file '.repeat(200);
    writeFileSync(join(dataDir, DATABASE_FILE_NAME), damaged);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const backend = start(dataDir, join(dataDir, 'no-content'));
    warn.mockRestore();
    const notice = expectOk(backend.service.getStartupNotice({}));
    expect(notice?.kind).toBe('recovery-failed');
    expect(readFileSync(notice?.movedAsideTo ?? '', 'utf8')).toBe(damaged);
    backend.close();
  });

  it('refuses to start on a database from a newer StudyPath and leaves it in place', () => {
    const dataDir = tempDir();
    const newer = new BetterSqlite3(join(dataDir, DATABASE_FILE_NAME));
    newer.pragma('user_version = 9990');
    newer.close();
    expect(() => start(dataDir, join(dataDir, 'no-content'))).toThrow(DatabaseOpenError);
    expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(true);
  });

  it('starts with an empty library when the bundled content folder is missing, and warns about broken files', () => {
    const dir = tempDir();
    const empty = start(join(dir, 'a'), join(dir, 'missing'));
    expect(expectOk(empty.service.listPaths({}))).toEqual([]);
    empty.close();

    const contentDir = join(dir, 'content');
    mkdirSync(contentDir);
    writeFileSync(join(contentDir, 'broken.md'), '---\ntitle: "Broken"\n---\n# Broken\n\nNo plan here.\n');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const backend = start(join(dir, 'b'), contentDir);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('broken.md'));
    warn.mockRestore();
    expect(expectOk(backend.service.listPaths({}))).toEqual([]);
    backend.close();
  });
});
