import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCareerPath } from '../../../electron/backend/content/importer';
import { syncBundledContent } from '../../../electron/backend/service';
import { careerPathMarkdown, sampleSpec } from '../../helpers/career-path-document';
import { bundledContentDir } from '../../helpers/corpus';
import { expectOk, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { planDataMarkdown } from './library-fixtures';

vi.mock('../../../electron/backend/content/importer', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../electron/backend/content/importer')>();
  return { ...actual, parseCareerPath: vi.fn(actual.parseCareerPath) };
});

const tempDir = useTempDir();
const parseCalls = vi.mocked(parseCareerPath);

beforeEach(() => parseCalls.mockClear());

const desk = { id: 'desk-role', title: 'Desk Role', tools: [{ group: 'Ticketing', tools: ['Zendesk'] }] };

function contentFolder(files: Record<string, string>): string {
  const dir = join(tempDir(), 'content');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function sync(harness: ReturnType<typeof serviceHarness>, dir: string) {
  const logged: string[] = [];
  const files = syncBundledContent(harness.db, dir, harness.clock, (message) => void logged.push(message));
  return { files, logged, statuses: Object.fromEntries(files.map((file) => [file.fileName, file.status])) };
}

describe('loading the bundled library at start', () => {
  it('imports every file on the first start and reports each with its status and the time taken', () => {
    const harness = serviceHarness(tempDir());
    const dir = contentFolder({
      'test-role.md': careerPathMarkdown(sampleSpec),
      'desk-role.md': planDataMarkdown(desk),
    });

    const { files, logged, statuses } = sync(harness, dir);

    expect(statuses).toEqual({ 'desk-role.md': 'imported', 'test-role.md': 'imported' });
    expect(files.map((file) => file.result.ok && file.result.value.pathId)).toEqual([
      'desk-role',
      'test-role',
    ]);
    expect(expectOk(harness.service.listPaths({})).map((path) => [path.id, path.source])).toEqual([
      ['desk-role', 'bundled'],
      ['test-role', 'bundled'],
    ]);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(
      /^Bundled library: 2 files in \d+(\.\d)? ms \(2 imported, 0 updated, 0 unchanged, 0 failed\)$/,
    );
  });

  it('recognises unchanged files on a later start without parsing them', () => {
    const harness = serviceHarness(tempDir());
    const dir = contentFolder({
      'test-role.md': careerPathMarkdown(sampleSpec),
      'desk-role.md': planDataMarkdown(desk),
    });
    sync(harness, dir);
    expect(parseCalls).toHaveBeenCalledTimes(2);
    parseCalls.mockClear();

    const { statuses, logged } = sync(harness, dir);

    expect(statuses).toEqual({ 'desk-role.md': 'unchanged', 'test-role.md': 'unchanged' });
    expect(parseCalls).not.toHaveBeenCalled();
    expect(logged[0]).toMatch(/0 imported, 0 updated, 2 unchanged, 0 failed\)$/);
  });

  it('updates a changed file and reports a broken one without touching its stored path', () => {
    const harness = serviceHarness(tempDir());
    const dir = contentFolder({
      'test-role.md': careerPathMarkdown(sampleSpec),
      'desk-role.md': planDataMarkdown(desk),
    });
    sync(harness, dir);
    const deskBefore = expectOk(harness.service.getPath({ pathId: 'desk-role' }));

    writeFileSync(
      join(dir, 'test-role.md'),
      careerPathMarkdown({ ...sampleSpec, title: 'Test Role, Revised' }),
    );
    writeFileSync(join(dir, 'desk-role.md'), '---\ntitle: [unclosed\n---\n# Broken\n');
    const { files, statuses } = sync(harness, dir);

    expect(statuses).toEqual({ 'desk-role.md': 'failed', 'test-role.md': 'updated' });
    expect(files.find((file) => file.fileName === 'desk-role.md')?.result).toMatchObject({
      ok: false,
      error: { code: 'invalid-front-matter' },
    });
    expect(expectOk(harness.service.getPath({ pathId: 'desk-role' }))).toEqual(deskBefore);
    expect(expectOk(harness.service.getPath({ pathId: 'test-role' })).content.title).toBe(
      'Test Role, Revised',
    );
  });

  it('takes paths whose files are gone out of the library, keeping plans built from them', () => {
    const harness = serviceHarness(tempDir());
    const { service } = harness;
    const dir = contentFolder({
      'test-role.md': careerPathMarkdown(sampleSpec),
      'desk-role.md': planDataMarkdown(desk),
    });
    sync(harness, dir);
    const path = expectOk(service.getPath({ pathId: 'test-role' }));
    const plan = expectOk(
      service.createPlan({
        name: 'Kept plan',
        pathId: 'test-role',
        startDate: '2026-03-02',
        targetDate: '2026-03-31',
        itemKeys: path.items.map((item) => item.key),
      }),
    );
    expectOk(service.setItemStatus({ itemId: plan.items[0]?.id ?? 0, status: 'done' }));

    rmSync(join(dir, 'test-role.md'));
    const { files, logged } = sync(harness, dir);

    expect(files.map((file) => file.fileName)).toEqual(['desk-role.md']);
    expect(logged[0]).toMatch(/; removed test-role\)$/);
    expect(expectOk(service.listPaths({})).map((entry) => entry.id)).toEqual(['desk-role']);
    expect(expectOk(service.searchLibrary({ query: 'alpha' }))).toEqual([]);
    const kept = expectOk(service.getPlan({ planId: plan.id }));
    expect(kept).toMatchObject({
      name: 'Kept plan',
      pathTitle: 'Test Role',
      done: 1,
      total: plan.items.length,
    });
    expect(kept.items.map((item) => item.title)).toEqual(plan.items.map((item) => item.title));
    expect(kept.items.every((item) => item.orphaned)).toBe(true);
  });

  it('reads only visible markdown files and leaves everything alone when the folder is missing', () => {
    const harness = serviceHarness(tempDir());
    const dir = contentFolder({
      'test-role.md': careerPathMarkdown(sampleSpec),
      '.desk-role.md': planDataMarkdown(desk),
      'notes.txt': 'not content',
    });
    expect(sync(harness, dir).statuses).toEqual({ 'test-role.md': 'imported' });

    const missing = sync(harness, join(dir, 'missing'));
    expect(missing.files).toEqual([]);
    expect(missing.logged[0]).toMatch(/no content folder/);
    expect(expectOk(harness.service.listPaths({})).map((path) => path.id)).toEqual(['test-role']);
  });

  it('loads the library that ships with StudyPath without a failure, and finds it unchanged the next time', () => {
    const harness = serviceHarness(tempDir());
    const shipped = readdirSync(bundledContentDir).filter((name) => name.endsWith('.md'));
    const first = sync(harness, bundledContentDir);
    expect(first.files.map((file) => file.fileName).sort()).toEqual(shipped.sort());
    expect(new Set(Object.values(first.statuses))).toEqual(new Set(['imported']));
    parseCalls.mockClear();
    expect(new Set(Object.values(sync(harness, bundledContentDir).statuses))).toEqual(new Set(['unchanged']));
    expect(parseCalls).not.toHaveBeenCalled();
  });
});
