import type { CareerPathContent, ContentItem } from '../../../../shared/domain';
import { contentFromJson } from '../../repo/paths';
import { searchDocumentsOf, type SearchDocument } from '../../repo/search-documents';
import type { Database } from '../database';
import type { Migration } from './migration';

interface StoredPathRow {
  id: string;
  title: string;
  description: string;
  content_json: string;
}

/** Content from an older importer may lack fields; such a path is still found by its title. */
function documentsOf(path: StoredPathRow, items: ContentItem[]): SearchDocument[] {
  try {
    const content: CareerPathContent = contentFromJson(path.content_json);
    return searchDocumentsOf(path.id, content, items);
  } catch {
    return [
      { pathId: path.id, itemKey: null, title: path.title, body: path.description },
      ...items.map((item) => ({
        pathId: path.id,
        itemKey: item.key,
        title: item.title,
        body: item.description,
      })),
    ];
  }
}

/** Fills the new index with the paths stored before it existed. */
function indexStoredPaths(db: Database): void {
  const paths = db
    .prepare<[], StoredPathRow>('SELECT id, title, description, content_json FROM paths ORDER BY id')
    .all();
  const itemsOf = db.prepare<[string], ContentItem>(
    `SELECT key, kind, title, description, hours FROM path_items WHERE path_id = ?
     ORDER BY CASE kind WHEN 'certification' THEN 0 WHEN 'tool' THEN 1 ELSE 2 END, position`,
  );
  // Its own statement rather than the repository's, so later changes there cannot break this step.
  const insert = db.prepare<[string, string | null, string, string]>(
    'INSERT INTO library_search (path_id, item_key, title, body) VALUES (?, ?, ?, ?)',
  );
  for (const path of paths) {
    for (const doc of documentsOf(path, itemsOf.all(path.id))) {
      insert.run(doc.pathId, doc.itemKey, doc.title, doc.body);
    }
  }
}

/**
 * Effort estimates for content items, and a full-text index over the library: one row per
 * path (its title, description and prose) and one per item, so a search names both. `+` and
 * `#` are part of words, so "A+", "C#" and "C++" can be searched for.
 */
export const librarySearch: Migration = {
  version: 20,
  name: 'library-search',
  up(db) {
    db.exec(`
      ALTER TABLE path_items ADD COLUMN hours INTEGER CHECK (hours IS NULL OR hours > 0);

      CREATE VIRTUAL TABLE library_search USING fts5 (
        path_id UNINDEXED,
        item_key UNINDEXED,
        title,
        body,
        tokenize = "unicode61 remove_diacritics 2 tokenchars '+#'"
      );
    `);
    indexStoredPaths(db);
  },
};
