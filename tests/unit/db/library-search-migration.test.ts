import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentItemsOf, parseCareerPath } from '../../../electron/backend/content/importer';
import { openDatabase, type Database } from '../../../electron/backend/db';
import { initialSchema } from '../../../electron/backend/db/migrations/0010-initial';
import { createPlannerService } from '../../../electron/backend/service';
import { careerPathBytes, sampleSpec } from '../../helpers/career-path-document';
import { fakeClock } from '../../helpers/clock';
import { expectOk } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

function insertPath(db: Database, id: string, title: string, contentJson: string): void {
  db.prepare(
    `INSERT INTO paths (id, title, description, source, file_name, content_hash, content_json, imported_at, updated_at)
     VALUES (?, ?, 'Stored before search existed', 'imported', 'old.md', ?, ?, '2025-11-01T08:00:00.000Z', '2025-11-01T08:00:00.000Z')`,
  ).run(id, title, `hash-${id}`, contentJson);
}

/** A schema-10 file holding the sample path, as the first release stored it, and a path from an older importer. */
function version10File(): string {
  const file = join(tempDir(), 'studypath.sqlite');
  const db = openDatabase(file, { migrations: [initialSchema] });
  const parsed = expectOk(parseCareerPath('role.md', careerPathBytes(sampleSpec)));
  insertPath(db, parsed.id, parsed.content.title, JSON.stringify(parsed.content));
  const insertItem = db.prepare(
    'INSERT INTO path_items (key, path_id, kind, title, description, position) VALUES (?, ?, ?, ?, ?, ?)',
  );
  contentItemsOf(parsed).forEach((item, position) =>
    insertItem.run(item.key, parsed.id, item.kind, item.title, item.description, position),
  );
  insertPath(db, 'ancient-role', 'Ancient Role', JSON.stringify({ title: 'Ancient Role' }));
  insertItem.run('ancient-role/tool/abacus', 'ancient-role', 'tool', 'Abacus', 'Beads, frame', 0);
  db.close();
  return file;
}

describe('the library-search migration', () => {
  it('indexes the paths already stored, so search finds them and their items at once', () => {
    const db = openDatabase(version10File());
    const service = createPlannerService(db, {
      clock: fakeClock(new Date(2026, 0, 5)),
      log: () => undefined,
    });

    const [hit] = expectOk(service.searchLibrary({ query: 'made-up role' }));
    expect(hit).toMatchObject({ pathId: 'test-role', pathTitle: 'Test Role', pathMatched: true });
    expect(hit?.snippet).toContain('A Test Role is a made-up role');
    expect(hit?.snippet).not.toContain('**');

    const [vim] = expectOk(service.searchLibrary({ query: 'vim' }));
    expect(vim?.items).toEqual([
      { key: 'test-role/tool/editors', kind: 'tool', title: 'Editors', snippet: 'Vim, Nano.' },
    ]);
    const count = db.prepare("SELECT count(*) FROM library_search WHERE path_id = 'test-role'").pluck().get();
    expect(count).toBe(
      1 + contentItemsOf(expectOk(parseCareerPath('role.md', careerPathBytes(sampleSpec)))).length,
    );
    db.close();
  });

  it('still indexes a path whose stored content an older importer wrote, by its title and items', () => {
    const db = openDatabase(version10File());
    const service = createPlannerService(db, {
      clock: fakeClock(new Date(2026, 0, 5)),
      log: () => undefined,
    });
    expect(expectOk(service.searchLibrary({ query: 'ancient' })).map((hit) => hit.pathId)).toEqual([
      'ancient-role',
    ]);
    const [abacus] = expectOk(service.searchLibrary({ query: 'beads' }));
    expect(abacus?.items.map((item) => item.title)).toEqual(['Abacus']);
    db.close();
  });
});
